# Shared lists for the US export-control policies, as dated data.
# From shared/reference/lists.md. Grades: P primary text seen, T CFR wording seen
# in a copy, S secondary (UNCONFIRMED), I inference (UNCONFIRMED).
lists us_lists
  title
    en "Country groups, AI-rule tiers, Entity List footnote 5 and approved-party lists"
    zh "国家组、人工智能规则分级、实体清单脚注5及被批准方清单"
  source "15 CFR 740 Supp. 1; 15 CFR 744 Supp. 4; 15 CFR 740 Supp. 5, 6, 7" grade T

list country_group_d5 of country
  describe
    en "Country Group D:5 (U.S. arms-embargoed countries); State's list under 22 CFR 126.1 governs"
    zh "D:5国家组（美国武器禁运国家）；以美国国务院依22 CFR 126.1公布的名单为准"
  cite "15 CFR 740 Supp. 1, Country Group D:5" grade T
  member "AF"
  member "BY"
  member "MM"
  member "KH" until 2026-02-03 grade S
    note "BIS rule 'Conforming Change for Cambodia' (RIN 0694-AK41) effective 2026-02-03 removed Cambodia (Fenwick; FR-data page)"
  member "CF"
  member "CN"
  member "CD"
  member "CU"
  member "CY" until 2024-05-30 grade T
    note "89 FR 40369 (FR Doc 2024-10280): 'Cyprus is no longer a Country Group D:5 country', effective 2024-05-30, read in an FR copy"
  member "ER"
  member "HT"
  member "IR"
  member "IQ"
  member "KP"
  member "LB"
  member "LY"
  member "NI"
  member "RU"
  member "SO"
  member "SS"
  member "SD"
  member "SY"
  member "VE"
  member "ZW"

define macau_or_d5 = {"MO"} + country_group_d5
  describe
    en "Macau or a destination in Country Group D:5 (Macau is not in D:5 but every rule names it)"
    zh "澳门或D:5国家组中的目的地（澳门不属于D:5，但各规则均明确提及）"
  cite "15 CFR 740 Supp. 1; 15 CFR 774 Supp. 1, ECCN 3A090 Note 1" grade T

list country_group_d1 of country
  cite "15 CFR 740 Supp. 1, Country Group D:1 (eCFR 2026-07-23)" grade T
  member "AM"
  member "AZ"
  member "BY"
  member "MM"
  member "KH"
  member "CN"
  member "GE"
  member "IQ"
  member "KZ"
  member "KP"
  member "KG"
  member "LA"
  member "LY"
  member "MO"
  member "MD"
  member "MN"
  member "NI"
  member "RU"
  member "TJ"
  member "TM"
  member "UZ"
  member "VE"
  member "VN"
  member "YE"

list country_group_d4 of country
  cite "15 CFR 740 Supp. 1, Country Group D:4 (eCFR 2026-07-23)" grade T
  member "BH"
  member "BY"
  member "CN"
  member "EG"
  member "IR"
  member "IQ"
  member "IL"
  member "JO"
  member "KP"
  member "KW"
  member "LB"
  member "LY"
  member "MO"
  member "OM"
  member "PK"
  member "QA"
  member "RU"
  member "SA"
  member "SY"
  member "VE"
  member "YE"

list country_group_a1 of country
  cite "15 CFR 740 Supp. 1, Country Group A:1 (eCFR 2026-07-23)" grade T
  member "AR"
  member "AU"
  member "AT"
  member "BE"
  member "BG"
  member "CA"
  member "HR"
  member "CZ"
  member "DK"
  member "EE"
  member "FI"
  member "FR"
  member "DE"
  member "GR"
  member "HU"
  member "IS"
  member "IN"
  member "IE"
  member "IT"
  member "JP"
  member "KR"
  member "LV"
  member "LT"
  member "LU"
  member "MX"
  member "NL"
  member "NZ"
  member "NO"
  member "PL"
  member "PT"
  member "RO"
  member "SK"
  member "SI"
  member "ZA"
  member "ES"
  member "SE"
  member "CH"
  member "TR"
  member "GB"
  member "US"

list country_group_a5 of country
  describe
    en "Country Group A:5. The United Arab Emirates is a later addition whose date is UNCONFIRMED: it is a member from 2026-07-23, the date of the text seen, and left out before (the restrictive side for every rule here)"
    zh "A:5国家组。阿联酋为后来加入，加入日期未经核实：自所见文本日期2026-07-23起列为成员，此前不列入（对本项目各规则均为更严格的一侧）"
  cite "15 CFR 740 Supp. 1, Country Group A:5 (eCFR 2026-07-23)" grade T
    note "UAE: in the text of 2026-07-23; date of addition UNCONFIRMED"
  member "AR"
  member "AU"
  member "AT"
  member "BE"
  member "BG"
  member "CA"
  member "HR"
  member "CZ"
  member "DK"
  member "EE"
  member "FI"
  member "FR"
  member "DE"
  member "GR"
  member "HU"
  member "IS"
  member "IN"
  member "IE"
  member "IT"
  member "JP"
  member "KR"
  member "LV"
  member "LT"
  member "LU"
  member "NL"
  member "NZ"
  member "NO"
  member "PL"
  member "PT"
  member "RO"
  member "SK"
  member "SI"
  member "ES"
  member "SE"
  member "CH"
  member "TR"
  member "GB"
  member "AE" from 2026-07-23 grade T
    note "in A:5 in the eCFR of 2026-07-23 (the copy behind lists.md, and an eCFR extract named in docs/verification.md); added on a date that is UNCONFIRMED, so before 2026-07-23 it is left out"

list country_group_a6 of country
  cite "15 CFR 740 Supp. 1, Country Group A:6 (eCFR 2026-07-23)" grade T
  member "AL"
  member "CY"
  member "IL"
  member "MT"
  member "MX"
  member "SG"
  member "ZA"
  member "TW"

list ai_tier1 of country
  describe
    en "AI-rule Tier 1: the United States and the 18 destinations of paragraph (a) of Supplement No. 5 to part 740"
    zh "人工智能规则一类：美国及第740部分补编5(a)段所列18个目的地"
  cite "15 CFR 740 Supp. 5(a); 15 CFR 740.27(a)" grade S
    note "that paragraph (a) is the AIA list: P (740.27(a)); the names: S (press lists), UNCONFIRMED against the supplement"
  member "US"
  member "AU"
  member "BE"
  member "CA"
  member "DK"
  member "FI"
  member "FR"
  member "DE"
  member "IE"
  member "IT"
  member "JP"
  member "NL"
  member "NZ"
  member "NO"
  member "KR"
  member "ES"
  member "SE"
  member "TW"
  member "GB"

list supp4_742_confirmed_in of country
  describe
    en "Countries confirmed to be in Supplement No. 4 to part 742 (33 in all; the full list is UNCONFIRMED)"
    zh "经确认列入第742部分补编4的国家（共33个；完整名单未经核实）"
  cite "15 CFR 742 Supp. 4" grade S
    note "named in by CSIS and Korea's MOTIE; the supplement itself was not seen"
  member "JP"
  member "NL"
  member "AU"
  member "GB"

list supp4_742_confirmed_out of country
  describe
    en "Countries confirmed NOT to be in Supplement No. 4 to part 742"
    zh "经确认未列入第742部分补编4的国家"
  cite "15 CFR 742 Supp. 4" grade S
  member "KR"
  member "SG"
  member "MY"
  member "TW"
  member "IL"

list supp4_742_candidates of country
  describe
    en "Inferred members of Supplement No. 4 to part 742: A:5 of early 2025 less Argentina, India, South Korea and Turkiye. An inference only; do not rely on it for countries outside the confirmed list"
    zh "推断的第742部分补编4成员：2025年初的A:5减去阿根廷、印度、韩国和土耳其。仅为推断；对于确认名单之外的国家不得依赖"
  cite "15 CFR 742 Supp. 4" grade I
    note "UNCONFIRMED inference from lists.md section 6"
  member "AU"
  member "AT"
  member "BE"
  member "BG"
  member "CA"
  member "HR"
  member "CZ"
  member "DK"
  member "EE"
  member "FI"
  member "FR"
  member "DE"
  member "GR"
  member "HU"
  member "IS"
  member "IE"
  member "IT"
  member "JP"
  member "LV"
  member "LT"
  member "LU"
  member "NL"
  member "NZ"
  member "NO"
  member "PL"
  member "PT"
  member "RO"
  member "SK"
  member "SI"
  member "ES"
  member "SE"
  member "CH"
  member "GB"

entities entity_list_footnote_5
  describe
    en "Entity List entries carrying footnote 5 (licence for all items subject to the EAR; 15 CFR 734.4(a)(9), 734.9(e)(3), 744.11)"
    zh "带脚注5的实体清单条目（受EAR管控的所有物项均需许可证；15 CFR 734.4(a)(9)、734.9(e)(3)、744.11）"
  cite "15 CFR 744 Supp. 4 (Consolidated Screening List of 2026-07-31)" grade T
  entity "Chinese Academy of Sciences Institute of Microelectronics"
    aliases "CAS IME", "IME CAS", "IMECAS", "CAS Institute of Microelectronics",
      "CAS Microelectronics Institute",
      "Institute of Microelectronics of the Chinese Academy of Sciences"
    country "CN"
    from 2024-12-02
    remark "added by 89 FR 96837; presumption of denial"
    grade T
  entity "Northern Integrated Circuit Technology Innovation Center (Beijing) Co., Ltd."
    aliases "Semiconductor Technology Innovation Center (Beijing) Corp.", "STIC", "STIC BJ",
      "Northern Integrated Circuit Innovation Center",
      "STIC Northern Integrated Circuit Technology Innovation Center (Beijing) Co., Ltd."
    country "CN"
    from 2024-12-02
    remark "added by 89 FR 96837; presumption of denial"
    grade T
  entity "Shanghai Integrated Circuit Equipment & Materials Industry Innovation Center Co., Ltd."
    aliases "CICEM", "ICRD Innovation Center",
      "National Integrated Circuit Equipment and Materials Industrial Innovation Center",
      "ICRD Phase II", "ICRD Phase 2"
    country "CN"
    from 2024-12-02
    remark "added by 89 FR 96837; presumption of denial"
    grade T
  entity "Shenzhen Pengxinxu Technology Co., Ltd."
    aliases "Peng Xin Xu", "PingXinXu", "PST", "Shenzhen Pensun Technology Co., Ltd.", "PXX"
    country "CN"
    from 2024-12-02
    remark "added by 89 FR 96837; denial presumed, case-by-case for items not described in 3B001.a.4, .c, .d, .f.1.b.2, .k to .p, 3B002.c, 3B993 or 3B994"
    grade T
  entity "Si'En Qingdao Co. Ltd."
    aliases "Si'EN", "SiEn (Qingdao) Semiconductor Corporation Co.",
      "SiEn (Qingdao) Integrated Circuits Co., Ltd.", "SiEn", "XinEn"
    country "CN"
    from 2024-12-02
    remark "added by 89 FR 96837; presumption of denial"
    grade T
  entity "SMIC Advanced Technology R&D (Shanghai) Corporation"
    aliases "SMIC New Technology Research and Development (Shanghai) Corporation",
      "SMIC New Technology R&D (Shanghai) Corporation",
      "SMIC Advanced Technology Research & Development (Shanghai) Corporation",
      "Zhongxin Guoji Jicheng Dianlu Xinjishu Yanfa (Shanghai) Youxian Gongsi",
      "SMIC Advanced Technology", "SMIC New Technology",
      "SMIC New Technology Research & Development"
    country "CN"
    from 2024-12-02
    remark "added by 89 FR 96837; presumption of denial"
    grade T
  entity "SwaySure Technology Co., Ltd."
    aliases "SwaySure", "Shenzhen ShengWeixu Technology Company", "Sheng Weixu", "SWX"
    country "CN"
    from 2024-12-02
    remark "added by 89 FR 96837; denial, with case-by-case outside the listed SME set (as for Pengxinxu)"
    grade T
  entity "Wuhan Xinxin Semiconductor Manufacturing Company Limited"
    aliases "XMC"
    country "CN"
    from 2024-12-02
    remark "added by 89 FR 96837; review policy refers to 15 CFR 740.26 (RFF), 744.11 and 744.23(d)"
    grade T
  entity "Zhangjiang Laboratory"
    aliases "Zhangjiang Lab", "Zhangjiang National Lab", "ZJLab"
    country "CN"
    from 2024-12-02
    remark "added by 89 FR 96837; presumption of denial"
    grade T
  entity "Fujian Jinhua Integrated Circuit Company, Ltd."
    aliases "JHICC"
    country "CN"
    from 2024-12-02
    remark "listed 83 FR 54521 (2018); footnote 5 from 89 FR 96837; presumption of denial"
    grade T
  entity "PXW Semiconductor Manufactory Co., Ltd."
    aliases "Peng Chip", "Shenzhen Peng Xin Wei IC Manufacturing",
      "Shenzhen Pengxin Micro Integrated Circuit Manufacturing Co., Ltd.", "PengXinWei", "PXW",
      "PXWSemi", "Pengxin Micro"
    country "CN"
    from 2024-12-02
    remark "listed 87 FR 77505 (2022); footnote 5 from 89 FR 96837; presumption of denial"
    grade T
  entity "Semiconductor Manufacturing International (Beijing) Corporation"
    aliases "SMIC Beijing"
    country "CN"
    from 2024-12-02
    remark "listed 85 FR 83420 (2020); footnote 5 from 89 FR 96837; presumption of denial"
    grade T
  entity "Semiconductor Manufacturing International Corporation"
    aliases "SMIC", "Semiconductor Manufacturing International (Shanghai) Corporation",
      "SMIC Shanghai", "Semiconductor Mfg International Corp."
    country "CN"
    from 2024-12-02
    remark "listed 85 FR 83420; footnote 5 from 89 FR 96837; denial for all items; case-by-case for items designed for 200 mm wafer production going to a 200 mm facility"
    grade T
  entity "Semiconductor Manufacturing South China Corporation"
    aliases "SMSC", "SMIC Southern Integrated Circuit Manufacturing Co., Ltd.", "SMIC South",
      "SMIC Southern"
    country "CN"
    from 2024-12-02
    remark "listed 85 FR 83420; footnote 5 from 89 FR 96837; review policy refers to 744.11 and 744.23(d)"
    grade T
  entity "Shanghai Integrated Circuit Research and Development Center"
    aliases "Shanghai IC R&D Center", "ICRD"
    country "CN"
    from 2024-12-02
    remark "listed 87 FR 77505; footnote 5 from 89 FR 96837; review policy refers to 744.11 and 744.23(d)"
    grade T
  entity "SMIC Northern Integrated Circuit Manufacturing (Beijing) Co., Ltd."
    aliases "Semiconductor Manufacturing North China (Beijing) Corporation", "SMIC North"
    country "CN"
    from 2024-12-02
    remark "listed 85 FR 83420; footnote 5 from 89 FR 96837; presumption of denial"
    grade T

entities approved_ic_designers extensible
  describe
    en "Approved IC designers (Supplement No. 6 to part 740). Its contents were not seen (UNCONFIRMED): add the current list with your own data file"
    zh "被批准的集成电路设计者（第740部分补编6）。其内容未经核实：请用自己的数据文件补充现行名单"
  cite "15 CFR 740 Supp. 6 ('Approved Integrated Circuit Designer list')" grade T
    note "the list exists (T); its entries are UNCONFIRMED; applications go through 15 CFR 748.16"

entities approved_osats extensible
  describe
    en "Approved OSAT companies (Supplement No. 7 to part 740). Its contents were not seen (UNCONFIRMED): add the current list with your own data file"
    zh "被批准的OSAT公司（第740部分补编7）。其内容未经核实：请用自己的数据文件补充现行名单"
  cite "15 CFR 740 Supp. 7 ('Approved OSAT company list')" grade T
    note "the list exists (T); its entries are UNCONFIRMED; applications go through 15 CFR 748.16"

set advanced_computing_family of text = {
    "3A001.z", "3A090", "4A003.z", "4A004.z", "4A005.z", "4A090", "5A002.z", "5A004.z",
    "5A992.z", "5D002.z", "5D992.z"
  }
  describe
    en "The advanced-computing ECCN family (the .z items listed in the note to 3A090, with 3A090 and 4A090)"
    zh "先进计算ECCN系列（3A090注释所列.z物项，以及3A090和4A090）"
  cite "15 CFR 774 Supp. 1, note to ECCN 3A090" grade T

set a_type_items of text = {
    "3A090.a", "4A090.a", "3A001.z.1.a", "3A001.z.2.a", "3A001.z.3.a", "3A001.z.4.a",
    "4A003.z.1.a", "4A003.z.2.a", "4A004.z.1", "4A005.z.1", "5A002.z.1.a", "5A002.z.2.a",
    "5A002.z.3.a", "5A002.z.4.a", "5A002.z.5.a", "5A004.z.1.a", "5A004.z.2.a", "5A992.z.1"
  }
  describe
    en "'.a-type' advanced-computing items (worldwide licence in the CFR text; AIA/LPP eligible)"
    zh "“.a类”先进计算物项（CFR文本中全球许可要求；可适用AIA/LPP）"
  cite "15 CFR 742.6(a)(6)(iii)(A); 15 CFR 740.27(a)(1)" grade T

set b_type_items of text = {
    "3A090.b", "4A090.b", "3A001.z.1.b", "3A001.z.2.b", "3A001.z.3.b", "3A001.z.4.b",
    "4A003.z.1.b", "4A003.z.2.b", "4A004.z.2", "4A005.z.2", "5A002.z.1.b", "5A002.z.2.b",
    "5A002.z.3.b", "5A002.z.4.b", "5A002.z.5.b", "5A004.z.1.b", "5A004.z.2.b", "5A992.z.2"
  }
  describe
    en "'.b-type' advanced-computing items (UAE and D:1/D:4/D:5 not also in A:5/A:6)"
    zh "“.b类”先进计算物项（阿联酋及不属于A:5/A:6的D:1/D:4/D:5）"
  cite "15 CFR 742.6(a)(6)(iii)(B)" grade T

set macau_d5_sme_items of text = {
    "3B001.a.4", "3B001.c", "3B001.d", "3B001.f.1", "3B001.f.5", "3B001.f.6", "3B001.k",
    "3B001.l", "3B001.m", "3B001.n", "3B001.p.2", "3B001.p.4", "3B001.r", "3B002.c", "3D992",
    "3E992"
  }
  describe
    en "The Macau/D:5 SME set of the CCL"
    zh "商业管制清单中针对澳门/D:5的半导体制造设备物项集合"
  cite "15 CFR 774 Supp. 1 (Macau/D:5 SME licence requirements)" grade T

set rule_1202_new_items of text = {"3B993", "3B994", "3D993", "3D994", "3E993", "3E994"}
  describe
    en "ECCNs added by the 1202 rule, controlled under 742.6(a)(11)"
    zh "1202规则新增、依742.6(a)(11)管控的ECCN"
  cite "15 CFR 742.6(a)(11); 15 CFR 774 Supp. 1" grade T

# ---- ECCN sets and parties of the 1202 rule (89 FR 96790); from rule-1202.md and lists.md ----
set sme_fdp_items of text = macau_d5_sme_items - {"3D992", "3E992"}
  describe
    en "Product scope of the SME foreign direct product rule: the commodities of the Macau/D:5 SME set (3B001.a.4, c, d, f.1, f.5, f.6, k to n, p.2, p.4, r; 3B002.c)"
    zh "半导体制造设备外国直接产品规则的产品范围：澳门/D:5半导体制造设备集合中的商品（3B001.a.4、c、d、f.1、f.5、f.6、k至n、p.2、p.4、r；3B002.c）"
  cite "15 CFR 734.9(k)" grade S
    note "UNCONFIRMED: the paragraph letter (k) and the item list come from a third-party transcription of 734.9 and law-firm descriptions; the 734.9 text was not read"

set sme_fdp_technology_items of text = {"3D992", "3E992"}
  describe
    en "U.S.-origin software and technology whose direct products are caught by the SME FDP rule (734.9(k), first prong)"
    zh "其直接产品受半导体制造设备FDP规则管控的美国原产软件和技术（734.9(k)第一种情形）"
  cite "15 CFR 734.9(k)" grade S
    note "UNCONFIRMED: 734.9 text not read"

set fdp_plant_technology_items of text = {
    "3D001", "3D901", "3D991", "3D992", "3D993", "3D994", "3E001", "3E901", "3E991", "3E992",
    "3E993", "3E994"
  }
  describe
    en "U.S.-origin Category 3 software and technology: a plant that is their direct product makes its output (and items containing that output) subject to the SME and footnote-5 FDP rules"
    zh "美国原产第3类软件和技术：作为其直接产品的工厂所生产的物项（以及含有该等物项的物项）受半导体制造设备FDP规则和脚注5 FDP规则管控"
  cite "15 CFR 734.9(k); 15 CFR 734.9(e)(3)" grade S
    note "UNCONFIRMED: the list is from a transcription of 734.9(k); the footnote-5 rule is described only as 'produced as above'"

set footnote_5_fdp_excluded_3b001 of text = {
    "3B001.a.4", "3B001.c", "3B001.d", "3B001.f.1", "3B001.f.5", "3B001.f.6", "3B001.g",
    "3B001.h", "3B001.k", "3B001.l", "3B001.m", "3B001.n", "3B001.p.2", "3B001.p.4", "3B001.r"
  }
  describe
    en "The 3B001 paragraphs left out of the footnote-5 FDP product scope (3B001 except a.4, c, d, f.1, f.5, f.6, g, h, k to n, p.2, p.4, r)"
    zh "脚注5 FDP产品范围所排除的3B001各项（3B001，但a.4、c、d、f.1、f.5、f.6、g、h、k至n、p.2、p.4、r除外）"
  cite "15 CFR 734.9(e)(3)" grade S
    note "the paragraph number (e)(3) is T (CSL); the item list is S"

set footnote_5_fdp_whole_eccns of text = {"3B903", "3B992", "3B993", "3B994"}
  describe
    en "ECCNs wholly inside the footnote-5 FDP product scope"
    zh "整体属于脚注5 FDP产品范围的ECCN"
  cite "15 CFR 734.9(e)(3)" grade S
    note "the paragraph number (e)(3) is T (CSL); the item list is S"

set excluded_3b991_b2 of text = {"3B991.b.2.a", "3B991.b.2.b"}
  describe
    en "3B991.b.2.a to b.2.b, excepted wherever the 1202 rule names 3B991"
    zh "3B991.b.2.a至b.2.b，凡1202规则提及3B991之处均予除外"
  cite "15 CFR 734.9(e)(3); 15 CFR 740.26; 15 CFR 744.23(a)(4)" grade S

set rff_excluded_items of text = {
    "3B001.a.4", "3B001.c", "3B001.d", "3B001.f.1.b.2", "3B001.k", "3B001.l", "3B001.m",
    "3B001.n", "3B001.o", "3B001.p", "3B002.c", "3B993", "3B994"
  }
  describe
    en "Items License Exception RFF does not cover: those described in 3B001.a.4, c, d, f.1.b.2, k to p; 3B002.c; 3B993; 3B994"
    zh "RFF许可例外不涵盖的物项：3B001.a.4、c、d、f.1.b.2、k至p；3B002.c；3B993；3B994所述物项"
  cite "15 CFR 740.26" grade S
    note "UNCONFIRMED: item scope from CSIS quoting the Entity List rule"

set sme_744_23_a_4_whole_eccns of text = {"3B002", "3B611", "3B903", "3B992", "3B993", "3B994"}
  describe
    en "ECCNs wholly inside the 744.23(a)(4) SME target scope (which also takes 3B001 except g and h, and 3B991 except b.2.a to b.2.b)"
    zh "整体属于744.23(a)(4)半导体制造设备目标范围的ECCN（该范围还包括3B001（g、h除外）和3B991（b.2.a至b.2.b除外））"
  cite "15 CFR 744.23(a)(4)" grade S
    note "UNCONFIRMED: paragraph structure from a third-party reading of the eCFR"

set supercomputer_items_744_23_a_1 of text = {
    "3A001", "3A991", "4A003", "4A004", "4A994", "5A002", "5A004", "5A992"
  }
  describe
    en "ECCNs of the ICs, computers, electronic assemblies and components reached by the supercomputer end-use control"
    zh "受超级计算机最终用途管制的集成电路、计算机、电子组件和部件的ECCN"
  cite "15 CFR 744.23(a)(1)" grade T
    note "eCFR copy, date not stated; the split between ICs (3A001, 3A991, 4A994, 5A002, 5A004, 5A992) and computers/assemblies/components (4A003, 4A004, 4A994, 5A002, 5A004, 5A992) is merged here"

entities restricted_fabrication_facilities
  describe
    en "Footnote-5 entities whose licence review policy points to License Exception RFF (15 CFR 740.26)"
    zh "许可审查政策指向RFF许可例外（15 CFR 740.26）的脚注5实体"
  cite "15 CFR 740.26; 15 CFR 744 Supp. 4 (Consolidated Screening List of 2026-07-31)" grade S
    note "T (CSL): XMC is the only footnote-5 row whose review policy refers to 740.26; that XMC is designated a Restricted Fabrication Facility is S (CSIS)"
  entity "Wuhan Xinxin Semiconductor Manufacturing Company Limited"
    aliases "XMC"
    country "CN"
    from 2024-12-02
    remark "review policy refers to 15 CFR 740.26 (RFF), 744.11 and 744.23(d)"
    grade T
