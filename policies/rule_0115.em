# The 0115 rule: foundry and OSAT due diligence for advanced computing ICs.
# Encoded from shared/reference/rule-0115.md and lists.md. Every rule and every
# definition carries the provision it encodes and the grade of its source:
# P primary text seen, T CFR wording seen in a copy, S secondary (UNCONFIRMED),
# I inference (UNCONFIRMED).
policy rule_0115
  title
    en "Implementation of Additional Due Diligence Measures for Advanced Computing Integrated Circuits"
    zh "实施针对先进计算集成电路的额外尽职调查措施"
  source "90 FR 5298 (FR Doc 2025-00711, RIN 0694-AJ98)" grade P
  effective 2025-01-16 grade P
  compliance 2025-01-31 grade P
    note "90 FR 5298 DATES (read in an FR XML copy): the compliance date applies only to EAR text this rule revises"
  default not_presumed

import "lists/us_lists.em"

outcome presumed_3a090a
  en "presumed 3A090.a and designed or marketed for datacenters"
  zh "推定为3A090.a物项，且为数据中心设计或销售"

outcome presumption_overcome
  en "the 3A090.a presumption is overcome"
  zh "3A090.a推定已被推翻"

outcome not_presumed
  en "the Note 1 presumption does not apply; classify the IC normally"
  zh "注释1的推定不适用；按常规对该集成电路进行分类"

# ---- facts ---------------------------------------------------------------------
fact exporter_role : enum(front_end_fabricator, osat_company, other_party)
  en "who exports, reexports or transfers (in-country) the IC: a front-end fabricator, an OSAT company, or another party"
  zh "出口、再出口或（境内）转移该集成电路的一方：前端制造者、OSAT公司或其他方"

fact ic_is_logic : optional bool
  en "the IC is a logic integrated circuit"
  zh "该集成电路为逻辑集成电路"

fact technology_node : optional decimal [nm]
  en "the process node in nanometres as named in the IRDS 2016 node range (16 for the 16/14 nm node)"
  zh "工艺节点（纳米），按IRDS 2016节点范围命名（16/14纳米节点记为16）"

fact non_planar_transistors : optional bool
  en "the IC was produced with a non-planar transistor architecture (e.g. FinFET or GAAFET)"
  zh "该集成电路采用非平面晶体管结构生产（如FinFET或GAAFET）"

fact completion_date : optional date
  en "the date the export, reexport or transfer is completed"
  zh "出口、再出口或转移完成的日期"

fact designer_listed_approved : optional bool
  en "the IC's designer is an approved IC designer listed in Supplement No. 6 to part 740"
  zh "该集成电路的设计者为第740部分补编6所列的被批准的集成电路设计者"

fact designer_name : optional text
  en "the IC designer's name, matched against the approved IC designer list (Supplement No. 6 to part 740)"
  zh "集成电路设计者名称，与被批准的集成电路设计者名单（第740部分补编6）比对"

fact osat_name : optional text
  en "the name of the OSAT company that packaged the IC, matched against the approved OSAT list (Supplement No. 7 to part 740)"
  zh "封装该集成电路的OSAT公司名称，与被批准的OSAT公司名单（第740部分补编7）比对"

fact designer_headquarters : optional country
  en "the country where the IC's designer is headquartered"
  zh "该集成电路设计者总部所在国家或地区"

fact designer_locations : optional set of country
  en "every country where the IC's designer is located"
  zh "该集成电路设计者所在的全部国家或地区"

fact designer_ultimate_parent_headquarters : optional country
  en "the country where the designer's ultimate parent is headquartered (its own headquarters if it has no parent)"
  zh "设计者最终母公司总部所在国家或地区（无母公司时为其自身总部所在地）"

fact designer_agreed_to_743_9b_information : optional bool
  en "the designer has agreed to give the front-end fabricator the information in 15 CFR 743.9(b)"
  zh "设计者已同意向前端制造者提供15 CFR 743.9(b)所列信息"

fact designer_applied_for_approval : optional bool
  en "the designer has applied to become an approved IC designer"
  zh "设计者已申请成为被批准的集成电路设计者"

fact designer_application_date : optional date
  en "the date the designer's application for approved status was submitted"
  zh "设计者提交被批准身份申请的日期"

fact designer_attests_not_3a090a : optional bool
  en "the designer supplied a datasheet or other attestation of TPP and performance density showing the IC is not 3A090.a"
  zh "设计者提供了数据表或其他关于TPP和性能密度的证明，表明该集成电路不属于3A090.a"

fact packaged_by_front_end_fabricator : optional bool
  en "the die was packaged by the front-end fabricator itself"
  zh "该裸片由前端制造者自行封装"

fact packaging_country : optional country
  en "the country where the die was packaged"
  zh "该裸片的封装地所在国家或地区"

fact packaged_by_approved_osat : optional bool
  en "the IC was packaged by an approved OSAT company listed in Supplement No. 7 to part 740"
  zh "该集成电路由第740部分补编7所列的被批准的OSAT公司封装"

fact aggregated_transistor_count : optional integer [transistors]
  en "the final package's aggregated approximated transistor count as confirmed by the front-end fabricator or an approved OSAT (unknown if it cannot be confirmed)"
  zh "经前端制造者或被批准的OSAT确认的最终封装汇总近似晶体管数量（无法确认时为未知）"

fact contains_hbm : optional bool
  en "the final packaged IC contains high-bandwidth memory"
  zh "最终封装的集成电路含有高带宽存储器"

# ---- dated values --------------------------------------------------------------
dated transistor_limit_without_hbm : integer [transistors]
  initially 30_000_000_000 transistors grade T
  from 2027-01-01 35_000_000_000 transistors grade T
  from 2028-01-01 30_000_000_000 transistors grade I
    note "UNCONFIRMED: no tier is written for 2028 ('completed in 2027' ... 'completed in 2029 or thereafter', wording seen again in an eCFR-derived copy of 2026-07-23), so only the 30 billion test applies (literal reading; whether BIS intended the gap is not known)"
  from 2029-01-01 40_000_000_000 transistors grade T
  describe
    en "the highest count below which an IC without HBM passes the transistor test, by completion date"
    zh "不含HBM的集成电路通过晶体管测试的数量上限（按完成日期）"
  cite "15 CFR 774 Supp. 1, ECCN 3A090 Note 1.b(1)-(3) and 1.c" grade T

dated authorized_designer_cutoff : date
  initially 2026-04-13 grade S
    note "UNCONFIRMED: the original cut-off as reported by a secondary source"
  from 2026-04-07 2026-12-31 grade T
    note "text in force as read on 2026-07-23 ('Prior to December 31, 2026')"
  describe
    en "the date until which a designer may be an authorized IC designer without applying for approved status"
    zh "设计者无需申请被批准身份即可作为被授权设计者的截止日期"
  cite "15 CFR 774 Supp. 1, ECCN 3A090 Note 1.a(2)-(3)" grade T

# ---- definitions ---------------------------------------------------------------
define applicable_advanced_logic_ic =
  ic_is_logic and (technology_node <= 16 nm or non_planar_transistors)
  describe
    en "a logic IC produced at the 16/14 nm node or below, or with a non-planar transistor architecture"
    zh "以16/14纳米或更先进节点、或以非平面晶体管结构生产的逻辑集成电路"
  cite "15 CFR 772.1 'applicable advanced logic integrated circuit'" grade S
    note "UNCONFIRMED: 772.1 text not seen; whether it also embeds the transistor limits is unknown; 'node <= 16' reads the IRDS node naming (I)"

define approved_ic_designer =
  first_known(designer_listed_approved, designer_name matches approved_ic_designers)
  describe
    en "what the user states about Supplement No. 6 listing, or else whether the designer's name is on the approved list"
    zh "用户关于补编6列名的陈述；如无陈述，则看设计者名称是否在被批准名单上"
  cite "15 CFR 774 Supp. 1, ECCN 3A090 Note 1.a(1); 15 CFR 740 Supp. 6" grade T
    note "Note 1.a(1) reads 'supplement no. 6 to this part' in an eCFR-derived copy of 2026-07-23; the list is Supplement No. 6 to part 740, as 743.9(a) and 740.27(a)(1) say"

define approved_osat = first_known(packaged_by_approved_osat, osat_name matches approved_osats)
  describe
    en "what the user states about Supplement No. 7 listing, or else whether the OSAT's name is on the approved list"
    zh "用户关于补编7列名的陈述；如无陈述，则看OSAT名称是否在被批准名单上"
  cite "15 CFR 774 Supp. 1, ECCN 3A090 Note 1.c; 15 CFR 740 Supp. 7" grade T

define designer_headquarters_eligible =
  designer_headquarters == "TW" or designer_headquarters in country_group_a1 + country_group_a5
  cite "15 CFR 774 Supp. 1, ECCN 3A090 Note 1.a(2)(i)" grade T

define designer_outside_macau_and_d5 =
  not designer_locations overlaps macau_or_d5
    and designer_ultimate_parent_headquarters not in macau_or_d5
  cite "15 CFR 774 Supp. 1, ECCN 3A090 Note 1.a(2)(i)" grade T

define designer_status_in_time =
  completion_date < authorized_designer_cutoff
    or (designer_applied_for_approval and designer_application_date <= completion_date and completion_date < designer_application_date + 180 days)
  describe
    en "before the cut-off date; after it, only with an application for approved status submitted less than 180 days before completion"
    zh "截止日期之前；截止日期之后，仅限在完成前180天内已提交被批准身份申请的设计者"
  cite "15 CFR 774 Supp. 1, ECCN 3A090 Note 1.a(3)" grade I
    note "comparing the cut-off with the completion date, and the lapse on day 180, are readings of the text (I)"

define authorized_ic_designer =
  designer_headquarters_eligible
    and designer_outside_macau_and_d5
    and designer_agreed_to_743_9b_information
    and designer_status_in_time
  cite "15 CFR 774 Supp. 1, ECCN 3A090 Note 1.a(2)-(3)" grade T

define transistor_test_met =
  aggregated_transistor_count is known
    and (aggregated_transistor_count < 30_000_000_000 transistors or (not contains_hbm and aggregated_transistor_count < transistor_limit_without_hbm at completion_date))
  describe
    en "the confirmed count is below 30 billion, or the IC has no HBM and the count is below the limit for its completion year"
    zh "经确认的数量低于300亿，或该集成电路不含HBM且数量低于其完成年份的上限"
  cite "15 CFR 774 Supp. 1, ECCN 3A090 Note 1.b(1)-(3), 1.d" grade T

# ---- rules ---------------------------------------------------------------------
rule presumption
  when exporter_role in {front_end_fabricator, osat_company} and applicable_advanced_logic_ic
  then presumed_3a090a
  cite "15 CFR 774 Supp. 1, ECCN 3A090, Note 1" grade T
  explain
    en "a {exporter_role} exporting, reexporting or transferring an applicable advanced logic IC must presume it is 3A090.a and designed or marketed for datacenters unless one of the three routes of Note 1 overcomes the presumption; an unconfirmed transistor count keeps the presumption."
    zh "{exporter_role}出口、再出口或转移适用的先进逻辑集成电路时，必须推定其属于3A090.a且为数据中心设计或销售，除非通过注释1的三种途径之一推翻该推定；晶体管数量无法确认时推定继续有效。"

rule designer_route
  exception to presumption
  when (approved_ic_designer or authorized_ic_designer) and designer_attests_not_3a090a
  then presumption_overcome
  cite "15 CFR 774 Supp. 1, ECCN 3A090, Note 1.a" grade T
  explain
    en "the IC's designer is an approved or authorized IC designer (approved: {designer_listed_approved}) and attested with TPP and performance density that the IC is not 3A090.a."
    zh "该集成电路的设计者为被批准或被授权的集成电路设计者（被批准：{designer_listed_approved}），并以TPP和性能密度证明该集成电路不属于3A090.a。"

rule fabricator_packaging_route
  exception to presumption
  when packaged_by_front_end_fabricator
    and packaging_country not in macau_or_d5
    and transistor_test_met
  then presumption_overcome
  cite "15 CFR 774 Supp. 1, ECCN 3A090, Note 1.b" grade T
  explain
    en "the front-end fabricator packaged the die in {packaging_country}, outside Macau and Country Group D:5, and attests a transistor count of {aggregated_transistor_count} (HBM: {contains_hbm}), which passes the test for completion on {completion_date}."
    zh "前端制造者在{packaging_country}（澳门和D:5国家组以外）封装该裸片，并证明晶体管数量为{aggregated_transistor_count}（含HBM：{contains_hbm}），符合{completion_date}完成交易时的测试标准。"

rule approved_osat_route
  exception to presumption
  when approved_osat and transistor_test_met
  then presumption_overcome
  cite "15 CFR 774 Supp. 1, ECCN 3A090, Note 1.c" grade T
  explain
    en "an approved OSAT company packaged the IC and attests a transistor count of {aggregated_transistor_count} (HBM: {contains_hbm}), which passes the test for completion on {completion_date}."
    zh "被批准的OSAT公司封装了该集成电路，并证明晶体管数量为{aggregated_transistor_count}（含HBM：{contains_hbm}），符合{completion_date}完成交易时的测试标准。"

# ---- examples: written from the words of rule-0115.md ---------------------------
example "a foundry exporting a 5 nm logic IC with no route out is presumed 3A090.a"
  as of 2025-06-01
  given exporter_role = front_end_fabricator, ic_is_logic = true, technology_node = 5 nm,
    designer_attests_not_3a090a = false, packaged_by_front_end_fabricator = false,
    packaged_by_approved_osat = false
  expect presumed_3a090a by presumption

example "an OSAT exporting a non-planar logic IC of unknown node is presumed 3A090.a"
  as of 2025-06-01
  given exporter_role = osat_company, ic_is_logic = true, non_planar_transistors = true,
    designer_attests_not_3a090a = false, packaged_by_front_end_fabricator = false,
    packaged_by_approved_osat = false
  expect presumed_3a090a by presumption

example "an approved designer's attestation overcomes the presumption"
  as of 2025-06-01
  given exporter_role = front_end_fabricator, ic_is_logic = true, technology_node = 7 nm,
    designer_listed_approved = true, designer_attests_not_3a090a = true
  expect presumption_overcome by designer_route

example "a Taiwan-headquartered authorized designer before the cut-off overcomes the presumption"
  as of 2026-06-01
  given exporter_role = front_end_fabricator, ic_is_logic = true, technology_node = 3 nm,
    designer_listed_approved = false, designer_headquarters = "TW",
    designer_locations = {"TW", "US"}, designer_ultimate_parent_headquarters = "TW",
    designer_agreed_to_743_9b_information = true, completion_date = 2026-06-01,
    designer_attests_not_3a090a = true
  expect presumption_overcome by designer_route

example "a UAE-headquartered designer is an authorized designer once the UAE is in A:5 (text of 2026-07-23)"
  as of 2026-09-01
  given exporter_role = front_end_fabricator, ic_is_logic = true, technology_node = 3 nm,
    designer_listed_approved = false, designer_headquarters = "AE", designer_locations = {"AE"},
    designer_ultimate_parent_headquarters = "AE", designer_agreed_to_743_9b_information = true,
    completion_date = 2026-09-01, designer_attests_not_3a090a = true
  expect presumption_overcome by designer_route

example "an authorized designer with no approval application keeps the presumption after 2026-12-31"
  as of 2027-02-01
  given exporter_role = front_end_fabricator, ic_is_logic = true, technology_node = 3 nm,
    designer_listed_approved = false, designer_headquarters = "JP", designer_locations = {"JP"},
    designer_ultimate_parent_headquarters = "JP", designer_agreed_to_743_9b_information = true,
    designer_applied_for_approval = false, completion_date = 2027-02-01,
    designer_attests_not_3a090a = true, packaged_by_front_end_fabricator = false,
    packaged_by_approved_osat = false
  expect presumed_3a090a by presumption

example "after the cut-off a designer that applied 179 days before completion is still authorized"
  as of 2027-03-01
  given exporter_role = front_end_fabricator, ic_is_logic = true, technology_node = 3 nm,
    designer_listed_approved = false, designer_headquarters = "DE", designer_locations = {"DE"},
    designer_ultimate_parent_headquarters = "DE", designer_agreed_to_743_9b_information = true,
    designer_applied_for_approval = true, designer_application_date = 2026-09-03,
    completion_date = 2027-03-01, designer_attests_not_3a090a = true
  expect presumption_overcome by designer_route

example "authorized status lapses 180 days after the application"
  as of 2027-03-02
  given exporter_role = front_end_fabricator, ic_is_logic = true, technology_node = 3 nm,
    designer_listed_approved = false, designer_headquarters = "DE", designer_locations = {"DE"},
    designer_ultimate_parent_headquarters = "DE", designer_agreed_to_743_9b_information = true,
    designer_applied_for_approval = true, designer_application_date = 2026-09-03,
    completion_date = 2027-03-02, designer_attests_not_3a090a = true,
    packaged_by_front_end_fabricator = false, packaged_by_approved_osat = false
  expect presumed_3a090a by presumption

example "a designer headquartered in China cannot be an authorized designer"
  as of 2025-06-01
  given exporter_role = front_end_fabricator, ic_is_logic = true, technology_node = 5 nm,
    designer_listed_approved = false, designer_headquarters = "CN",
    designer_attests_not_3a090a = true, packaged_by_front_end_fabricator = false,
    packaged_by_approved_osat = false
  expect presumed_3a090a by presumption

example "a designer also located in Macau cannot be an authorized designer"
  as of 2025-06-01
  given exporter_role = front_end_fabricator, ic_is_logic = true, technology_node = 5 nm,
    designer_listed_approved = false, designer_headquarters = "TW",
    designer_locations = {"TW", "MO"}, designer_attests_not_3a090a = true,
    packaged_by_front_end_fabricator = false, packaged_by_approved_osat = false
  expect presumed_3a090a by presumption

example "a designer whose ultimate parent is headquartered in D:5 cannot be an authorized designer"
  as of 2025-06-01
  given exporter_role = front_end_fabricator, ic_is_logic = true, technology_node = 5 nm,
    designer_listed_approved = false, designer_headquarters = "SG", designer_locations = {"SG"},
    designer_ultimate_parent_headquarters = "CN", designer_attests_not_3a090a = true,
    packaged_by_front_end_fabricator = false, packaged_by_approved_osat = false
  expect presumed_3a090a by presumption

example "under the original cut-off of 2026-04-13 a May 2026 shipment is past it"
  as of 2026-04-01
  given exporter_role = front_end_fabricator, ic_is_logic = true, technology_node = 3 nm,
    designer_listed_approved = false, designer_headquarters = "TW", designer_locations = {"TW"},
    designer_ultimate_parent_headquarters = "TW", designer_agreed_to_743_9b_information = true,
    designer_applied_for_approval = false, completion_date = 2026-05-01,
    designer_attests_not_3a090a = true, packaged_by_front_end_fabricator = false,
    packaged_by_approved_osat = false
  expect presumed_3a090a by presumption

example "once the cut-off moved to 2026-12-31 the same May 2026 shipment is in time"
  as of 2026-04-08
  given exporter_role = front_end_fabricator, ic_is_logic = true, technology_node = 3 nm,
    designer_listed_approved = false, designer_headquarters = "TW", designer_locations = {"TW"},
    designer_ultimate_parent_headquarters = "TW", designer_agreed_to_743_9b_information = true,
    designer_applied_for_approval = false, completion_date = 2026-05-01,
    designer_attests_not_3a090a = true, packaged_by_front_end_fabricator = false,
    packaged_by_approved_osat = false
  expect presumption_overcome by designer_route

example "fabricator packaging in Taiwan below 30 billion transistors with HBM overcomes it"
  as of 2026-03-01
  given exporter_role = front_end_fabricator, ic_is_logic = true, technology_node = 4 nm,
    designer_attests_not_3a090a = false, packaged_by_front_end_fabricator = true,
    packaging_country = "TW", aggregated_transistor_count = 29_999_999_999 transistors,
    contains_hbm = true, completion_date = 2026-03-01
  expect presumption_overcome by fabricator_packaging_route

example "exactly 30 billion transistors is not below 30 billion"
  as of 2026-03-01
  given exporter_role = front_end_fabricator, ic_is_logic = true, technology_node = 4 nm,
    designer_attests_not_3a090a = false, packaged_by_front_end_fabricator = true,
    packaging_country = "TW", aggregated_transistor_count = 30_000_000_000 transistors,
    contains_hbm = false, completion_date = 2026-03-01, packaged_by_approved_osat = false
  expect presumed_3a090a by presumption

example "in 2027 an IC without HBM passes below 35 billion"
  as of 2027-06-01
  given exporter_role = front_end_fabricator, ic_is_logic = true, technology_node = 4 nm,
    designer_attests_not_3a090a = false, packaged_by_front_end_fabricator = true,
    packaging_country = "KR", aggregated_transistor_count = 34_999_999_999 transistors,
    contains_hbm = false, completion_date = 2027-01-01
  expect presumption_overcome by fabricator_packaging_route

example "in 2027 the 35 billion test is closed to an IC with HBM"
  as of 2027-06-01
  given exporter_role = front_end_fabricator, ic_is_logic = true, technology_node = 4 nm,
    designer_attests_not_3a090a = false, packaged_by_front_end_fabricator = true,
    packaging_country = "KR", aggregated_transistor_count = 34_999_999_999 transistors,
    contains_hbm = true, completion_date = 2027-06-01, packaged_by_approved_osat = false
  expect presumed_3a090a by presumption

example "a transaction completed on 2026-12-31 cannot use the 2027 test"
  as of 2026-12-31
  given exporter_role = front_end_fabricator, ic_is_logic = true, technology_node = 4 nm,
    designer_attests_not_3a090a = false, packaged_by_front_end_fabricator = true,
    packaging_country = "KR", aggregated_transistor_count = 34_999_999_999 transistors,
    contains_hbm = false, completion_date = 2026-12-31, packaged_by_approved_osat = false
  expect presumed_3a090a by presumption

example "no tier is written for 2028, so 34.9 billion fails on 2028-01-01"
  as of 2028-01-01
  given exporter_role = front_end_fabricator, ic_is_logic = true, technology_node = 4 nm,
    designer_attests_not_3a090a = false, packaged_by_front_end_fabricator = true,
    packaging_country = "KR", aggregated_transistor_count = 34_999_999_999 transistors,
    contains_hbm = false, completion_date = 2028-01-01, packaged_by_approved_osat = false
  expect presumed_3a090a by presumption

example "from 2029 an IC without HBM passes below 40 billion"
  as of 2029-01-01
  given exporter_role = front_end_fabricator, ic_is_logic = true, technology_node = 2 nm,
    designer_attests_not_3a090a = false, packaged_by_front_end_fabricator = true,
    packaging_country = "JP", aggregated_transistor_count = 39_999_999_999 transistors,
    contains_hbm = false, completion_date = 2029-01-01
  expect presumption_overcome by fabricator_packaging_route

example "on 2028-12-31 the 40 billion test is not yet open"
  as of 2028-12-31
  given exporter_role = front_end_fabricator, ic_is_logic = true, technology_node = 2 nm,
    designer_attests_not_3a090a = false, packaged_by_front_end_fabricator = true,
    packaging_country = "JP", aggregated_transistor_count = 39_999_999_999 transistors,
    contains_hbm = false, completion_date = 2028-12-31, packaged_by_approved_osat = false
  expect presumed_3a090a by presumption

example "40 billion is not below 40 billion, even in 2030"
  as of 2030-01-01
  given exporter_role = front_end_fabricator, ic_is_logic = true, technology_node = 2 nm,
    designer_attests_not_3a090a = false, packaged_by_front_end_fabricator = true,
    packaging_country = "JP", aggregated_transistor_count = 40_000_000_000 transistors,
    contains_hbm = false, completion_date = 2030-06-30, packaged_by_approved_osat = false
  expect presumed_3a090a by presumption

example "fabricator packaging in China (D:5) cannot overcome the presumption"
  as of 2025-06-01
  given exporter_role = front_end_fabricator, ic_is_logic = true, technology_node = 5 nm,
    designer_attests_not_3a090a = false, packaged_by_front_end_fabricator = true,
    packaging_country = "CN", aggregated_transistor_count = 10_000_000_000 transistors,
    contains_hbm = false, completion_date = 2025-06-01, packaged_by_approved_osat = false
  expect presumed_3a090a by presumption

example "fabricator packaging in Macau cannot overcome the presumption"
  as of 2025-06-01
  given exporter_role = front_end_fabricator, ic_is_logic = true, technology_node = 5 nm,
    designer_attests_not_3a090a = false, packaged_by_front_end_fabricator = true,
    packaging_country = "MO", aggregated_transistor_count = 10_000_000_000 transistors,
    contains_hbm = false, completion_date = 2025-06-01, packaged_by_approved_osat = false
  expect presumed_3a090a by presumption

example "packaging in Cambodia was packaging in D:5 before 2026-02-03"
  as of 2026-02-02
  given exporter_role = front_end_fabricator, ic_is_logic = true, technology_node = 5 nm,
    designer_attests_not_3a090a = false, packaged_by_front_end_fabricator = true,
    packaging_country = "KH", aggregated_transistor_count = 10_000_000_000 transistors,
    contains_hbm = false, completion_date = 2026-02-02, packaged_by_approved_osat = false
  expect presumed_3a090a by presumption

example "packaging in Cambodia is outside D:5 from 2026-02-03"
  as of 2026-02-03
  given exporter_role = front_end_fabricator, ic_is_logic = true, technology_node = 5 nm,
    designer_attests_not_3a090a = false, packaged_by_front_end_fabricator = true,
    packaging_country = "KH", aggregated_transistor_count = 10_000_000_000 transistors,
    contains_hbm = false, completion_date = 2026-02-03, packaged_by_approved_osat = false
  expect presumption_overcome by fabricator_packaging_route

example "an approved OSAT's attestation below 30 billion overcomes the presumption"
  as of 2025-06-01
  given exporter_role = osat_company, ic_is_logic = true, technology_node = 5 nm,
    designer_attests_not_3a090a = false, packaged_by_front_end_fabricator = false,
    packaged_by_approved_osat = true, aggregated_transistor_count = 25_000_000_000 transistors,
    contains_hbm = true, completion_date = 2025-06-01
  expect presumption_overcome by approved_osat_route

example "the approved-OSAT route has no packaging-location condition"
  as of 2025-06-01
  given exporter_role = osat_company, ic_is_logic = true, technology_node = 5 nm,
    designer_attests_not_3a090a = false, packaged_by_front_end_fabricator = false,
    packaged_by_approved_osat = true, packaging_country = "CN",
    aggregated_transistor_count = 25_000_000_000 transistors, contains_hbm = false,
    completion_date = 2025-06-01
  expect presumption_overcome by approved_osat_route

example "a transistor count that cannot be confirmed keeps the presumption"
  as of 2025-06-01
  given exporter_role = osat_company, ic_is_logic = true, technology_node = 5 nm,
    designer_attests_not_3a090a = false, packaged_by_front_end_fabricator = true,
    packaging_country = "TW", packaged_by_approved_osat = true,
    aggregated_transistor_count = unknown, completion_date = 2025-06-01
  expect presumed_3a090a by presumption

example "above 30 billion in 2027 the answer turns on whether the IC contains HBM"
  as of 2027-06-01
  given exporter_role = front_end_fabricator, ic_is_logic = true, technology_node = 4 nm,
    designer_attests_not_3a090a = false, packaged_by_front_end_fabricator = true,
    packaging_country = "KR", aggregated_transistor_count = 32_000_000_000 transistors,
    completion_date = 2027-06-01, packaged_by_approved_osat = false
  expect needs_information missing contains_hbm

example "a distributor is not bound by the presumption"
  as of 2025-06-01
  given exporter_role = other_party, ic_is_logic = true, technology_node = 5 nm
  expect not_presumed by default

example "a 28 nm planar logic IC is not an applicable advanced logic IC"
  as of 2025-06-01
  given exporter_role = front_end_fabricator, ic_is_logic = true, technology_node = 28 nm,
    non_planar_transistors = false
  expect not_presumed by default

example "a memory IC is outside the presumption"
  as of 2025-06-01
  given exporter_role = front_end_fabricator, ic_is_logic = false, technology_node = 5 nm
  expect not_presumed by default

example "whether the IC is a logic IC must be known"
  as of 2025-06-01
  given exporter_role = front_end_fabricator, technology_node = 5 nm,
    designer_attests_not_3a090a = false, packaged_by_front_end_fabricator = false,
    packaged_by_approved_osat = false
  expect needs_information missing ic_is_logic

example "before 2025-01-16 the rule was not in force"
  as of 2025-01-15
  given exporter_role = front_end_fabricator, ic_is_logic = true, technology_node = 5 nm
  expect not_in_force

example "the rule is in force on its effective date"
  as of 2025-01-16
  given exporter_role = front_end_fabricator, ic_is_logic = true, technology_node = 5 nm,
    designer_attests_not_3a090a = false, packaged_by_front_end_fabricator = false,
    packaged_by_approved_osat = false
  expect presumed_3a090a by presumption
