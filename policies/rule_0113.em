# The 0113 rule: Framework for Artificial Intelligence Diffusion (90 FR 4544).
# Encoded from shared/reference/rule-0113.md, lists.md, amendments.md and
# docs/verification.md. Every rule and every definition carries the provision it
# encodes and the grade of its source: P primary text seen, T CFR wording seen in
# a copy, S secondary (UNCONFIRMED), I inference (UNCONFIRMED).
#
# One policy answers four questions, chosen with the fact `question`; every
# top-level rule starts with `question == ...`, so rules of different questions
# are provably exclusive.
#
# Two regimes (fact `regime`): the CFR text as written, and BIS's enforcement
# position announced on 2025-05-13 (non-enforcement of the whole rule). A regime
# the user does not give is the default for the date: the CFR text before
# 2025-05-13, the enforcement position from then on. Before 2025-05-13 there was
# no enforcement position, so both choices give the CFR text.
#
# Inside the licence question the three item families (4E091, the ".a-type" and
# the ".b-type" ECCNs) are disjoint ECCN sets. The conflict check cannot see
# through named sets, so the families sit at priorities 2, 1 and 0: the
# priorities order families that can never both apply; they never choose
# between two applicable rules.
policy rule_0113
  title
    en "Framework for Artificial Intelligence Diffusion"
    zh "人工智能扩散框架"
  source "90 FR 4544 (FR Doc 2025-00636, RIN 0694-AJ90)" grade P
  effective 2025-01-13 grade P
  compliance 2025-05-15 grade P
    note "BIS public-information page: compliance 120 days after the 2025-01-15 publication (paragraphs 14, 15 and 18 of Supplement No. 10 to part 748: 365 days, 2026-01-15); the FR DATES paragraph itself was not read in full"
  default outside_rule_0113

import "lists/us_lists.em"

# ---- outcomes --------------------------------------------------------------------
outcome outside_rule_0113
  en "no provision of the 0113 rule encoded here applies; check the rest of the EAR"
  zh "此处编码的0113规则条款均不适用；请核查EAR的其他规定"

outcome is_4e091
  en "the parameters are 4E091 model weights (under the CFR text a licence is required to any destination; compliance from 2025-05-15)"
  zh "该参数属于4E091模型权重（依CFR文本，出口至任何目的地均需许可证；自2025-05-15起须合规）"

outcome is_4e091_not_enforced
  en "the parameters meet the 4E091 text, but under the enforcement position of 2025-05-13 BIS does not enforce the 4E091 controls"
  zh "该参数符合4E091文本，但依2025-05-13的执法立场，BIS不执行4E091管控"

outcome not_4e091_below_threshold
  en "not 4E091: trained with fewer than 10^26 operations"
  zh "不属于4E091：训练运算次数少于10^26次"

outcome not_4e091_published
  en "not 4E091: the parameters have been published (15 CFR 734.7(a))"
  zh "不属于4E091：该参数已公开（15 CFR 734.7(a)）"

outcome not_4e091_published_derivative
  en "not 4E091: derived from a published model without enough additional training"
  zh "不属于4E091：由已公开模型衍生，且追加训练未超过门槛"

outcome not_4e091_below_frontier
  en "not 4E091: trained with fewer operations than needed to reach the most advanced published model"
  zh "不属于4E091：训练运算次数少于达到最先进已公开模型能力所需的运算次数"

outcome licence_required
  en "a licence is required (review policy not confirmed for this case)"
  zh "需要许可证（本情形的审查政策未经确认）"

outcome licence_required_presumption_of_approval
  en "a licence is required; review policy: presumption of approval"
  zh "需要许可证；审查政策：推定批准"

outcome licence_required_presumption_of_denial
  en "a licence is required; review policy: presumption of denial"
  zh "需要许可证；审查政策：推定拒绝"

outcome licence_required_case_by_case
  en "a licence is required; review policy: case-by-case (submit the four certifications of 91 FR 1684 with the application)"
  zh "需要许可证；审查政策：逐案审查（申请时须提交91 FR 1684规定的四项证明）"

outcome licence_required_tier2_allocation
  en "a licence is required; an approval reportedly counts against the destination's Tier 2 allocation"
  zh "需要许可证；据报道，批准数量计入该目的地的二类国家或地区配额"

outcome licence_exception_aia
  en "no licence: License Exception AIA (15 CFR 740.27) is available; obtain and submit its certification"
  zh "无需许可证：可适用许可例外AIA（15 CFR 740.27）；须取得并提交其证明"

outcome licence_exception_lpp
  en "no licence: License Exception LPP (15 CFR 740.29) is available; record this shipment's TPP against the consignee's calendar-year total"
  zh "无需许可证：可适用许可例外LPP（15 CFR 740.29）；须将本批货物的TPP计入该收货人当年的累计总量"

outcome licence_exception_acm
  en "no licence: License Exception ACM (15 CFR 740.28) is available for development, production or storage before onward shipment"
  zh "无需许可证：可适用许可例外ACM（15 CFR 740.28），用于转运前的开发、生产或仓储"

outcome licence_exception_aca
  en "no licence: License Exception ACA (15 CFR 740.8) is reported to cover this non-datacenter item"
  zh "无需许可证：据报道，许可例外ACA（15 CFR 740.8）涵盖该非数据中心物项"

outcome licence_exception_nac_notification
  en "License Exception NAC (15 CFR 740.8) is reported to be available, after notifying BIS"
  zh "据报道可适用许可例外NAC（15 CFR 740.8），但须先通知BIS"

outcome authorized_uveu
  en "no licence: the recipient is a Universal Validated End User (UVEU) meeting its conditions"
  zh "无需许可证：收货方为符合条件的经验证最终用户：通用 (UVEU)"

outcome authorized_nveu
  en "no licence: the recipient is a National Validated End User (NVEU) for this destination meeting its conditions"
  zh "无需许可证：收货方为该目的地符合条件的经验证最终用户：国家 (NVEU)"

outcome savings_clause_may_proceed
  en "may proceed without a new licence under the savings clause if completed by 2025-06-16"
  zh "依保留条款，若于2025-06-16前完成，可无需新许可证继续进行"

outcome no_licence_required
  en "no licence required (NLR) under the 0113 rule"
  zh "依0113规则无需许可证 (NLR)"

outcome compliance_not_yet_required
  en "the 0113 requirement is in effect but compliance is not required before 2025-05-15"
  zh "0113规则的要求已生效，但2025-05-15之前无需合规"

outcome cfr_licence_not_enforced
  en "the CFR text requires a licence, but under the enforcement position of 2025-05-13 BIS does not enforce the requirement"
  zh "CFR文本要求许可证，但依2025-05-13的执法立场，BIS不执行该要求"

outcome iaas_not_on_aia_compute
  en "do not use this compute: chips received under License Exception AIA may not be used to train a 4E091 model for this customer; use other compute or obtain a licence"
  zh "不得使用该算力：依许可例外AIA获得的芯片不得用于为该客户训练4E091模型；请改用其他算力或取得许可证"

outcome iaas_not_on_veu_compute
  en "do not use this compute: a VEU facility's advanced-AI-training condition reportedly keeps this training off it"
  zh "不得使用该算力：据报道，经验证最终用户设施的先进人工智能训练条件不允许在该设施进行此项训练"

outcome iaas_red_flag_ask_export_intent
  en "Red Flag 28 is raised: ask the customer whether it intends to export the model before going further"
  zh "触发第28号危险信号：继续之前须询问客户是否打算出口该模型"

outcome iaas_licence_before_export
  en "Red Flag 28: the customer intends to export the model; apply for the licence or tell the customer it must obtain one before exporting"
  zh "第28号危险信号：客户打算出口该模型；须申请许可证，或告知客户在出口前必须取得许可证"

outcome iaas_may_proceed_no_export_intent
  en "may proceed: the customer states it will not export the model; keep the answer on record and watch for change"
  zh "可以继续：客户声明不会出口该模型；须保存该答复并留意变化"

outcome iaas_enhanced_diligence_china_guidance
  en "may proceed only with enhanced due diligence: BIS guidance of 2025-05-13 warns against U.S. chips training Chinese AI models"
  zh "仅在加强尽职调查后方可继续：BIS于2025-05-13发布的指南警示美国芯片被用于训练中国人工智能模型的风险"

outcome iaas_red_flag_status_unclear
  en "may proceed under the enforcement position, but Red Flag 28's status is unclear: asking about export intent remains prudent"
  zh "依执法立场可以继续，但第28号危险信号的效力不明：仍宜询问出口意图"

outcome iaas_no_red_flag
  en "may proceed: the 0113 rule raises no red flag for this training"
  zh "可以继续：0113规则对该训练不构成危险信号"

outcome fdp_not_foreign_produced
  en "the FDP rule is not needed: the weights are not foreign-produced; ask the licence question"
  zh "无需适用FDP规则：该权重并非外国生产；请改问许可证问题"

outcome fdp_not_4e091
  en "the FDP rule for model weights does not reach these weights: they are not 4E091"
  zh "模型权重FDP规则不涵盖该权重：其不属于4E091"

outcome fdp_plant_not_us_derived
  en "the FDP rule for model weights does not reach these weights: the producing plant is not a direct product of U.S. technology or software"
  zh "模型权重FDP规则不涵盖该权重：生产设施并非美国技术或软件的直接产品"

outcome fdp_licence_required
  en "the foreign-produced weights are subject to the EAR (FDP rule) and need a licence to any destination; ask the licence question for exceptions"
  zh "该外国生产的权重受EAR管控（FDP规则），出口至任何目的地均需许可证；许可例外请改问许可证问题"

outcome fdp_scope_unconfirmed
  en "unconfirmed: the producing hardware is outside the reported FDP plant list; whether the FDP rule reaches these weights is not known"
  zh "未经确认：生产所用硬件不在据报道的FDP设施清单内；FDP规则是否涵盖该权重尚不清楚"

# ---- facts: the question and the regime --------------------------------------------
fact question : enum(classify_4e091, licence_for_export, iaas_training, fdp_model_weights)
  en "the question asked: are these weights 4E091; which licence or exception covers this export; may this provider train this customer's model; does the FDP rule reach these foreign-produced weights"
  zh "所问问题：该权重是否属于4E091；本次出口适用何种许可证或许可例外；该提供商可否为该客户训练模型；FDP规则是否涵盖该外国生产的权重"

fact regime : optional enum(cfr_text, enforced)
  en "the regime to apply: the CFR text as written, or BIS's enforcement position of 2025-05-13 (unknown = the default for the date: CFR text before 2025-05-13, enforcement position from then on; before 2025-05-13 both give the CFR text)"
  zh "适用的制度：CFR文本原文，或BIS于2025-05-13宣布的执法立场（未知时按日期取默认值：2025-05-13之前为CFR文本，此后为执法立场；2025-05-13之前两者均为CFR文本）"

# ---- facts: the model (classification, IaaS, FDP) ------------------------------------
fact base_training_operations : optional integer [operations]
  en "operations used to train the model before any later training (pre-training); for a model derived from a published model, the training operations of that published model as counted under Technical Note 2"
  zh "后续训练之前训练该模型所用的运算次数（预训练）；对由已公开模型衍生的模型，为该已公开模型按技术注释2计算的训练运算次数"

fact additional_training_operations : optional integer [operations]
  en "operations of any later training, e.g. fine-tuning (0 if none); for a derived model, the training added to the published model"
  zh "后续训练（如微调）的运算次数（没有则为0）；对衍生模型，为在已公开模型基础上追加的训练"

fact generated_data_training_operations : optional integer [operations]
  en "operations spent training on unpublished data produced by one data-generation model (variants, checkpoints and fine-tunes are one model); if several exceed 10 %, the one with the most training operations; 0 if none"
  zh "在由单一数据生成模型（其变体、检查点和微调版本视为同一模型）生成的未公开数据上训练所用的运算次数；若有多个超过10%，取训练运算次数最多者；没有则为0"

fact generator_generation_operations : optional integer [operations]
  en "operations that data-generation model used to generate the data (not counted twice)"
  zh "该数据生成模型生成数据所用的运算次数（不得重复计算）"

fact generator_weights_published : optional bool
  en "the data-generation model's own parameters have been published"
  zh "该数据生成模型自身的参数已公开"

fact generator_training_operations : optional integer [operations]
  en "the data-generation model's own training operations (not counted twice)"
  zh "该数据生成模型自身的训练运算次数（不得重复计算）"

fact weights_published : optional bool
  en "the model's parameters have been published (15 CFR 734.7(a))"
  zh "该模型参数已公开（15 CFR 734.7(a)）"

fact derived_from_published_model : optional bool
  en "the model was derived from a published model"
  zh "该模型由已公开模型衍生"

fact published_frontier_operations : optional integer [operations]
  en "the operations needed, with the most efficient published training methods, to reach on widely used benchmarks the capability of the most advanced published model (a figure not lowered as algorithms improve)"
  zh "以最有效的已公开训练方法，在广泛使用的基准测试汇总上达到最先进已公开模型能力所需的运算次数（该数值不因算法改进而降低）"

fact frontier_figure_established : optional bool
  en "that figure rests on BIS-published guidance, a published technical opinion of the U.S. AI Safety Institute or the Department of Energy, or a BIS classification (15 CFR 748.1, 748.3)"
  zh "该数值依据BIS发布的指南、美国人工智能安全研究所或能源部公布的技术意见，或BIS的分类答复（15 CFR 748.1、748.3）"

# ---- facts: the export (licence question) ----------------------------------------------
fact eccn : optional text
  en "the item's ECCN and paragraph, e.g. \"4E091\", \"3A090.a\", \"4A090.b\", \"5A992.z.1\""
  zh "物项的ECCN及段落，如\"4E091\"、\"3A090.a\"、\"4A090.b\"、\"5A992.z.1\""

fact destination : optional country
  en "the destination: the country the item goes to, or where the transfer happens; for an AIA or VEU recipient, where it is located"
  zh "目的地：物项运往的国家或地区，或转移发生地；对AIA或VEU收货方，为其所在地"

fact transaction_kind : optional enum(export, reexport, transfer_in_country, deemed_export)
  en "export, reexport, in-country transfer, or deemed export (release to a foreign person)"
  zh "出口、再出口、境内转移，或视同出口（向外国人员发布）"

fact recipient_headquarters : optional country
  en "the country where the recipient (ultimate consignee) is headquartered"
  zh "收货方（最终收货人）总部所在国家或地区"

fact recipient_ultimate_parent_headquarters : optional country
  en "the country where the recipient's ultimate parent is headquartered (its own headquarters if it has no parent)"
  zh "收货方最终母公司总部所在国家或地区（无母公司时为其自身总部所在地）"

fact employer_headquarters : optional country
  en "for a deemed export: the country where the employer releasing the technology is headquartered"
  zh "视同出口时：发布该技术的雇主总部所在国家或地区"

fact employee_is_permanent_regular : optional bool
  en "for a deemed export: the foreign person is a permanent regular employee of that employer"
  zh "视同出口时：该外国人员为该雇主的长期正式员工"

fact en_route_under_prior_authorization : optional bool
  en "the items were en route on 2025-05-15 under an authorization in place before the rule"
  zh "该物项于2025-05-15已依本规则之前的授权在运输途中"

fact designer_approved_or_authorized : optional bool
  en "the IC's designer is an approved IC designer (Supplement No. 6 to part 740) or an authorized IC designer (Note 1 to 3A090.a)"
  zh "该集成电路的设计者为被批准的集成电路设计者（第740部分补编6）或被授权的集成电路设计者（3A090.a注释1）"

fact designer_name : optional text
  en "the IC designer's name, matched against the approved IC designer list"
  zh "集成电路设计者名称，与被批准的集成电路设计者名单比对"

fact aia_certification_submitted : optional bool
  en "the exporter obtained the certification of 15 CFR 740.27(b)(2) and submitted it to BIS"
  zh "出口商已取得15 CFR 740.27(b)(2)规定的证明并提交BIS"

fact used_to_train_4e091_model_for_non_tier1_entity : optional bool
  en "the items will be used to train a model covered by 4E091 for an entity headquartered or located outside the Supplement No. 5(a) destinations"
  zh "该物项将用于为总部位于或所在地位于第740部分补编5(a)目的地之外的实体训练4E091所涵盖的模型"

fact shipment_tpp : optional integer [TPP]
  en "the total TPP of every item in this shipment"
  zh "本批货物中全部物项的总处理性能 (TPP) 合计"

fact lpp_prior_tpp : optional integer [TPP]
  en "the TPP already exported or reexported under LPP directly to this ultimate consignee (or counted toward the same limit) in calendar year lpp_prior_tpp_year (0 if none)"
  zh "在lpp_prior_tpp_year日历年内已依LPP直接出口或再出口给该最终收货人（或计入同一限额）的TPP（没有则为0）"

fact lpp_prior_tpp_year : optional year
  en "the calendar year of that LPP total; a total from an earlier year does not count (the limit resets each calendar year)"
  zh "上述LPP累计总量所属的日历年；以往年份的总量不计入（限额每个日历年重置）"

fact lpp_counted_toward_operating_entity : optional bool
  en "the TPP is counted toward the LPP limit of a different entity that will operate the items"
  zh "该TPP计入将运营该物项的另一实体的LPP限额"

fact recipient_private_sector : optional bool
  en "the recipient is a private sector end user"
  zh "收货方为私营部门最终用户"

fact acm_activity : optional enum(development, production, storage, other_activity)
  en "what the recipient does with the items before onward shipment: development, production, storage (warehouse or similar), or something else"
  zh "收货方在转运前对该物项的用途：开发、生产、仓储（仓库或类似设施），或其他"

fact onward_destinations : optional set of country
  en "the countries of the customers the items are ultimately destined to"
  zh "该物项最终客户所在的国家或地区"

fact onward_shipment_otherwise_authorized : optional bool
  en "onward shipment to Macau or Country Group D:5 is otherwise authorized (e.g. by a licence)"
  zh "向澳门或D:5国家组的转运已另获授权（如许可证）"

fact recipient_veu : optional enum(uveu, nveu, no_veu)
  en "the recipient's Validated End User status: Universal, National, or none"
  zh "收货方的经验证最终用户身份：通用、国家，或无"

fact veu_total_tpp : optional integer [TPP]
  en "the UVEU's total AI compute (TPP), after this shipment"
  zh "该UVEU在本批货物之后的人工智能算力总量 (TPP)"

fact veu_tier1_tpp : optional integer [TPP]
  en "the part of that compute located in Tier 1 destinations"
  zh "其中位于一类国家或地区的算力"

fact veu_largest_tier2_country_tpp : optional integer [TPP]
  en "the part of that compute in the single Tier 2 country holding the most of it"
  zh "其中位于算力最多的单一二类国家或地区的算力"

fact veu_us_tpp : optional integer [TPP]
  en "the part of that compute located in the United States"
  zh "其中位于美国的算力"

fact nveu_authorized_destination : optional country
  en "the destination the NVEU authorization names"
  zh "NVEU授权所列明的目的地"

fact nveu_within_installed_base_cap : optional bool
  en "after this shipment the NVEU stays within the installed-base cap of its authorization"
  zh "本批货物之后，该NVEU仍在其授权的装机量上限之内"

fact veu_security_requirements_met : optional bool
  en "the VEU meets the security requirements of Supplement No. 10 to part 748 other than paragraphs 14, 15 and 18"
  zh "该VEU符合第748部分补编10中第14、15、18段以外的安全要求"

fact veu_security_paragraphs_14_15_18_met : optional bool
  en "the VEU meets paragraphs 14, 15 and 18 of Supplement No. 10 to part 748 (required from 2026-01-15)"
  zh "该VEU符合第748部分补编10第14、15、18段（自2026-01-15起要求）"

fact item_not_for_datacenters : optional bool
  en "the item is not designed or marketed for datacenters"
  zh "该物项并非为数据中心设计或销售"

fact item_tpp : optional integer [TPP]
  en "the TPP of one item (chip or computer)"
  zh "单个物项（芯片或计算机）的TPP"

fact chip_h200_class_or_less : optional bool
  en "the chip is the Nvidia H200, an equivalent, or a less advanced chip"
  zh "该芯片为英伟达H200、同等芯片或性能更低的芯片"

fact chip_commercially_available_in_us : optional bool
  en "the chip was commercially available in the United States when 91 FR 1684 was published"
  zh "91 FR 1684发布时该芯片已在美国商业上市"

fact exporter_certifies_sufficient_us_supply : optional bool
  en "the exporter certifies that U.S. supply is sufficient"
  zh "出口商证明美国供应充足"

fact exporter_certifies_no_foundry_diversion : optional bool
  en "the exporter certifies no diversion of global foundry capacity away from U.S. end users"
  zh "出口商证明未将全球晶圆代工产能从美国最终用户处转移"

fact exporter_certifies_recipient_security : optional bool
  en "the exporter certifies that the recipient has adequate security procedures"
  zh "出口商证明收货方具备充分的安全程序"

fact exporter_certifies_us_third_party_testing : optional bool
  en "the exporter certifies that independent third-party testing in the United States verifies the chip's performance"
  zh "出口商证明已由美国境内独立第三方测试核实该芯片性能"

# ---- facts: the IaaS provider and its customer ---------------------------------------------
fact customer_headquarters : optional country
  en "the country where the IaaS customer is headquartered"
  zh "IaaS客户总部所在国家或地区"

fact customer_ultimate_parent_headquarters : optional country
  en "the country where the customer's ultimate parent is headquartered (its own headquarters if it has no parent)"
  zh "客户最终母公司总部所在国家或地区（无母公司时为其自身总部所在地）"

fact customer_location : optional country
  en "the country where the customer is located"
  zh "客户所在国家或地区"

fact provider_compute_received_under_aia : optional bool
  en "the chips that would run the training were received under License Exception AIA"
  zh "用于该训练的芯片系依许可例外AIA获得"

fact provider_facility_is_veu : optional bool
  en "the training would run in a facility of a Universal or National Validated End User"
  zh "该训练将在经验证最终用户（通用或国家）的设施中进行"

fact customer_intends_to_export_weights : optional bool
  en "the customer's answer to whether it intends to export the trained model (unknown until asked)"
  zh "客户对是否打算出口训练所得模型的答复（询问前为未知）"

# ---- facts: foreign-produced weights (FDP question) -------------------------------------
fact weights_produced_outside_us : optional bool
  en "the weights were produced (trained) outside the United States"
  zh "该权重在美国境外生产（训练）"

fact produced_by_us_derived_plant : optional bool
  en "the weights were produced by a plant, or a major component of a plant, outside the United States that is itself a direct product of U.S.-origin technology or software"
  zh "该权重由美国境外的设施（或设施的主要部件）生产，而该设施本身为美国原产技术或软件的直接产品"

fact training_hardware_eccns : optional set of text
  en "the ECCNs of the plant's computing hardware, as families or paragraphs, e.g. {\"3A090\", \"4A090.a\"}"
  zh "该设施计算硬件的ECCN（系列或段落），如{\"3A090\", \"4A090.a\"}"

# ---- dated values and constants ----------------------------------------------------
dated enforcement_position_announced : bool
  initially false grade P
  from 2025-05-13 true grade P
    note "BIS announced rescission and non-enforcement on 2025-05-13 (press reproductions: S; GAO B-337935 of 2026-05-12 describes the release: P); no rescission notice has been published"
  describe
    en "whether BIS's non-enforcement position exists on the date"
    zh "该日期BIS的不执行立场是否已存在"
  cite "BIS announcement of 2025-05-13; GAO decision B-337935 (2026-05-12)" grade P

dated supp10_late_paragraphs_required : bool
  initially false grade P
  from 2026-01-15 true grade P
  describe
    en "whether paragraphs 14, 15 and 18 of Supplement No. 10 to part 748 must be complied with (365 days after publication)"
    zh "是否须遵守第748部分补编10第14、15、18段（发布后365天）"
  cite "BIS public-information page for 90 FR 4544" grade P

define operations_threshold_4e091 = 1e26 operations
  describe
    en "10^26 operations: 4E091 covers parameters of models trained with this many or more"
    zh "10^26次运算：4E091涵盖以此数量或更多运算训练的模型参数"
  cite "15 CFR 774 Supp. 1, ECCN 4E091 heading" grade T

define derivative_floor_operations = 2.5e25 operations
  describe
    en "2.5x10^25 operations, the fixed floor of the derivative exclusion"
    zh "2.5x10^25次运算，衍生模型排除条款的固定下限"
  cite "15 CFR 774 Supp. 1, ECCN 4E091 Note 1" grade T

define lpp_annual_limit = 26_900_000 TPP
  describe
    en "26,900,000 cumulative TPP per calendar year per ultimate consignee"
    zh "每个最终收货人每个日历年累计26,900,000 TPP"
  cite "15 CFR 740.29(a)" grade P

define cases_for_4800_tpp = 4800 TPP
  describe
    en "the TPP at or above which a non-datacenter 3A090 chip is routed to NAC/ACA"
    zh "非数据中心3A090芯片转入NAC/ACA的TPP下限"
  cite "15 CFR 774 Supp. 1, note to ECCN 3A090" grade T

set china_and_macau of country = {"CN", "MO"}
  describe
    en "China and Macau, the destinations of the 2026-01-15 review-policy change"
    zh "中国和澳门，即2026-01-15审查政策调整所针对的目的地"
  cite "91 FR 1684" grade P

set aia_designer_condition_items of text = {
    "3A090.a", "5A002.z.1.a", "5A002.z.2.a", "5A002.z.3.a", "5A002.z.4.a", "5A002.z.5.a",
    "5A992.z.1"
  }
  describe
    en "AIA commodities eligible only if designed by an approved or authorized IC designer"
    zh "仅在由被批准或被授权的集成电路设计者设计时方可适用AIA的商品"
  cite "15 CFR 740.27(a)(1) (as amended by 90 FR 5298)" grade P

set acm_designer_overlay_items of text = {
    "3A090.a", "5A002.z.1.a", "5A002.z.2.a", "5A002.z.3.a", "5A002.z.4.a", "5A002.z.5.a",
    "5A002.z.1.b", "5A002.z.2.b", "5A002.z.3.b", "5A002.z.4.b", "5A002.z.5.b", "5A992.z.1",
    "5A992.z.2"
  }
  describe
    en "ACM items reportedly tied to approved or authorized IC designers by the 0115 rule"
    zh "据报道0115规则将ACM适用与被批准或被授权的集成电路设计者挂钩的物项"
  cite "15 CFR 740.28 (0115 overlay)" grade S
    note "Baker McKenzie (Jan 2025); not seen in the text"

set fdp_reported_plant_eccns of text = {
    "3A001.z", "3A090", "4A003.z", "4A004.z", "4A005.z", "4A090", "5A002.z", "5A004.z",
    "5A992.z"
  }
  describe
    en "the 'producing facility' ECCNs reported for the model-weights FDP rule"
    zh "据报道模型权重FDP规则所列“生产设施”ECCN"
  cite "15 CFR 734.9(l) (reported)" grade I
    note "the same nine ECCNs are the item scope of 734.9(h) (S) and eight are in a note to 3A090 (T); their use in 734.9(l) is not verified"

# ---- definitions: regime --------------------------------------------------------------
define enforcement_position_applies =
  enforcement_position_announced and first_known(regime == enforced, true)
  describe
    en "the enforcement position of 2025-05-13 is applied: regime = enforced, or no regime given on a date from 2025-05-13"
    zh "适用2025-05-13的执法立场：regime = enforced，或在2025-05-13及之后未指定制度"
  cite "BIS announcement of 2025-05-13 (non-enforcement of 90 FR 4544), as described in GAO B-337935" grade P
    note "the default for dates from 2025-05-13 follows the reference's encoding advice (amendments.md section 2); give regime = cfr_text for the CFR text as written"

# ---- definitions: 4E091 classification ------------------------------------------------
define own_training_operations = base_training_operations + additional_training_operations
  describe
    en "pre-training plus any later training such as fine-tuning"
    zh "预训练加上任何后续训练（如微调）"
  cite "15 CFR 774 Supp. 1, ECCN 4E091, Technical Note 2" grade T

define generator_add_on_applies =
  10 * generated_data_training_operations > own_training_operations
  describe
    en "more than 10 % of the operations train on unpublished data produced by one data-generation model"
    zh "超过10%的运算用于在单一数据生成模型生成的未公开数据上训练"
  cite "15 CFR 774 Supp. 1, ECCN 4E091, Technical Note 3" grade T

define reaches_4e091_threshold =
  own_training_operations >= operations_threshold_4e091
    or (generator_add_on_applies and own_training_operations + generator_generation_operations >= operations_threshold_4e091)
    or (generator_add_on_applies and not generator_weights_published and own_training_operations + generator_generation_operations + generator_training_operations >= operations_threshold_4e091)
  describe
    en "the operations counted under Technical Notes 2 and 3 are 10^26 or more (the generator's generation operations are added when the 10 % add-on applies, and its training operations too when its weights are unpublished)"
    zh "按技术注释2和3计算的运算次数达到10^26次或以上（适用10%附加规则时加上生成模型的生成运算，其权重未公开时再加上其训练运算）"
  cite "15 CFR 774 Supp. 1, ECCN 4E091 heading, Technical Notes 2 and 3" grade T

define excluded_published_derivative =
  derived_from_published_model
    and (additional_training_operations <= derivative_floor_operations or 4 * additional_training_operations <= base_training_operations)
  describe
    en "derived from a published model, and the additional training does not exceed the higher of 2.5x10^25 operations or 25 % of the base model's training operations (4 x additional <= base)"
    zh "由已公开模型衍生，且追加训练未超过2.5x10^25次运算与基础模型训练运算25%（4 x 追加 <= 基础）两者中的较高者"
  cite "15 CFR 774 Supp. 1, ECCN 4E091, Note 1 (second sentence)" grade T

define below_published_frontier =
  (not generator_add_on_applies and own_training_operations < published_frontier_operations)
    or (generator_add_on_applies and generator_weights_published and own_training_operations + generator_generation_operations < published_frontier_operations)
    or (generator_add_on_applies and not generator_weights_published and own_training_operations + generator_generation_operations + generator_training_operations < published_frontier_operations)
  describe
    en "the counted operations are fewer than the operations needed to reach the most advanced published model"
    zh "计算所得运算次数少于达到最先进已公开模型能力所需的运算次数"
  cite "15 CFR 774 Supp. 1, ECCN 4E091, Note 2" grade T

define excluded_below_frontier = frontier_figure_established and below_published_frontier
  describe
    en "below the frontier of published models, on a figure from BIS guidance, an AISI or DOE opinion, or a BIS classification"
    zh "低于已公开模型的前沿水平，且依据BIS指南、AISI或能源部意见或BIS分类所得数值"
  cite "15 CFR 774 Supp. 1, ECCN 4E091, Note 2 and Note 2.a" grade T

define weights_are_4e091 =
  reaches_4e091_threshold
    and not weights_published
    and not excluded_published_derivative
    and not excluded_below_frontier
  describe
    en "the parameters are in ECCN 4E091: the threshold is met and no exclusion applies"
    zh "该参数属于ECCN 4E091：达到门槛且不适用任何排除条款"
  cite "15 CFR 774 Supp. 1, ECCN 4E091" grade T

define would_be_4e091_when_trained =
  reaches_4e091_threshold
    and not excluded_published_derivative
    and not excluded_below_frontier
  describe
    en "the model to be trained would have 4E091 weights (weights not yet trained cannot have been published, so the published-weights exclusion is not considered)"
    zh "待训练模型的权重将属于4E091（尚未训练的权重不可能已公开，故不考虑已公开排除条款）"
  cite "15 CFR 774 Supp. 1, ECCN 4E091; 15 CFR 732 Supp. 3, Red Flag 28" grade I
    note "leaving out the published-weights exclusion for weights not yet trained is a reading (I)"

# ---- definitions: items, places and parties ----------------------------------------
define item_is_4e091 = eccn == "4E091"
  cite "15 CFR 774 Supp. 1, ECCN 4E091" grade T

define item_is_a_type = eccn in a_type_items
  cite "15 CFR 742.6(a)(6)(iii)(A)" grade T

define item_is_b_type = eccn in b_type_items
  cite "15 CFR 742.6(a)(6)(iii)(B)" grade T

define destination_tier1 = destination in ai_tier1
  describe
    en "the destination is in Tier 1 (the United States and the 18 destinations of Supplement No. 5(a) to part 740)"
    zh "目的地属于一类国家或地区（美国及第740部分补编5(a)所列18个目的地）"
  cite "15 CFR 740 Supp. 5(a); 15 CFR 740.27(a)" grade P
    note "that paragraph (a) is the AIA list: P; its names: S (see the list ai_tier1)"

define destination_tier3 = destination in macau_or_d5
  describe
    en "the destination is in Tier 3: Macau or Country Group D:5"
    zh "目的地属于三类国家或地区：澳门或D:5国家组"
  cite "AI diffusion tiers (Tier 3 = Macau + D:5)" grade S
    note "SemiAnalysis, Skadden, Covington; consistent with the rule's phrase 'Macau or a destination specified in Country Group D:5'"

define destination_china_or_macau = destination in china_and_macau
  cite "91 FR 1684" grade P

define destination_d_scope =
  destination in country_group_d1 + country_group_d4 + country_group_d5 - country_group_a5 - country_group_a6
  describe
    en "the destination is in Country Group D:1, D:4 or D:5 and not also in A:5 or A:6"
    zh "目的地属于D:1、D:4或D:5国家组，且不同时属于A:5或A:6"
  cite "15 CFR 742.6(a)(6)(iii)(B)" grade T

define b_type_scope = destination == "AE" or destination_d_scope
  describe
    en "the United Arab Emirates, or a D:1, D:4 or D:5 destination not also in A:5 or A:6"
    zh "阿联酋，或不同时属于A:5或A:6的D:1、D:4、D:5目的地"
  cite "15 CFR 742.6(a)(6)(iii)(B)" grade T
    note "the UAE entry is a later change whose date is UNCONFIRMED; it is applied on every date (the restrictive side)"

define recipient_headquartered_in_tier1 =
  recipient_headquarters in ai_tier1 and recipient_ultimate_parent_headquarters in ai_tier1
  describe
    en "neither the recipient nor its ultimate parent is headquartered outside Tier 1"
    zh "收货方及其最终母公司的总部均不在一类国家或地区之外"
  cite "15 CFR 740.27(a)" grade P

define recipient_headquartered_in_macau_or_d5 =
  recipient_headquarters in macau_or_d5 or recipient_ultimate_parent_headquarters in macau_or_d5
  describe
    en "the recipient or its ultimate parent is headquartered in Macau or Country Group D:5"
    zh "收货方或其最终母公司总部位于澳门或D:5国家组"
  cite "15 CFR 742.6(a)(6)(iii)(A) / 744.23(a)(3) headquarters test" grade S
    note "Baker McKenzie (May 2025) and a BIS guidance of 2026-05-31 quoted in a research note; the guidance PDF itself was not seen"

define a_type_pre_0113_scope = destination_d_scope or recipient_headquartered_in_macau_or_d5
  describe
    en "the pre-0113 scope of the .a-type items: D:1, D:4 or D:5 destinations not also in A:5 or A:6, plus recipients headquartered (or with an ultimate parent headquartered) in Macau or D:5 wherever located"
    zh "0113规则之前.a类物项的范围：不同时属于A:5或A:6的D:1、D:4、D:5目的地，以及总部（或最终母公司总部）位于澳门或D:5的收货方（无论所在地）"
  cite "amendments.md section 3 (what non-enforcement restores)" grade S
    note "law-firm notes on the rescission; UNCONFIRMED"

# ---- definitions: exceptions and authorizations -------------------------------------
define designer_condition_met =
  eccn not in aia_designer_condition_items
    or designer_approved_or_authorized
    or designer_name matches approved_ic_designers
  describe
    en "the item needs no designer condition, or its designer is an approved or authorized IC designer"
    zh "该物项无设计者条件，或其设计者为被批准或被授权的集成电路设计者"
  cite "15 CFR 740.27(a)(1); 15 CFR 774 Supp. 1, Note 1 to 3A090.a" grade P

define lpp_within_annual_limit =
  (lpp_prior_tpp_year == year_of(as_of) and lpp_prior_tpp + shipment_tpp <= lpp_annual_limit)
    or (lpp_prior_tpp_year < year_of(as_of) and shipment_tpp <= lpp_annual_limit)
  describe
    en "the TPP already sent under LPP to this consignee in this calendar year plus this shipment's TPP is at most 26,900,000 (a total from an earlier year does not count)"
    zh "本日历年内已依LPP发往该收货人的TPP加上本批货物的TPP不超过26,900,000（以往年份的总量不计入）"
  cite "15 CFR 740.29(a)" grade P

define lpp_pooling_permitted =
  not lpp_counted_toward_operating_entity or recipient_headquarters in ai_tier1
  describe
    en "the TPP is counted toward the consignee's own limit, or the consignee is headquartered in a Supplement No. 5(a) destination and counts it toward the operating entity's limit"
    zh "该TPP计入收货人自身限额；或收货人总部位于补编5(a)目的地并将其计入运营实体的限额"
  cite "15 CFR 740.29(a)" grade P

define lpp_destination_not_barred =
  not destination_d_scope and not recipient_headquartered_in_macau_or_d5
  describe
    en "neither a D:1/D:4/D:5 destination outside A:5/A:6 nor a Macau/D:5-headquartered recipient, for which 740.2(a)(9)(ii) reportedly leaves only other exceptions"
    zh "既非A:5/A:6之外的D:1/D:4/D:5目的地，也非总部位于澳门/D:5的收货方（据报道，740.2(a)(9)(ii)对此类情形仅保留其他例外）"
  cite "15 CFR 740.2(a)(9)(ii) (third-party transcription)" grade S
    note "the transcription lists TMP, NAC/ACA, RPL, GOV, TSU, HBM, AIA (4E091 only) and ACM as still available; LPP is not listed"

define acm_designer_overlay_met =
  eccn not in acm_designer_overlay_items
    or designer_approved_or_authorized
    or designer_name matches approved_ic_designers
  cite "15 CFR 740.28 (0115 overlay)" grade S
    note "Baker McKenzie (Jan 2025); UNCONFIRMED in the text"

define acm_onward_outside_macau_d5 =
  not onward_destinations overlaps macau_or_d5 or onward_shipment_otherwise_authorized
  cite "15 CFR 740.28(a)" grade P

define uveu_compute_shares_met =
  100 * veu_tier1_tpp >= 75 * veu_total_tpp
    and 100 * veu_largest_tier2_country_tpp <= 7 * veu_total_tpp
    and (recipient_headquarters != "US" or 2 * veu_us_tpp >= veu_total_tpp)
  describe
    en "at least 75 % of the UVEU's AI compute in Tier 1, at most 7 % in any one Tier 2 country, and at least 50 % in the United States if U.S.-headquartered"
    zh "UVEU至少75%的人工智能算力位于一类国家或地区，任一二类国家或地区不超过7%，总部位于美国的至少50%位于美国"
  cite "15 CFR 748.15 (UVEU conditions)" grade S
    note "SemiAnalysis, Legal Wire; 748.15 text not seen; shares read after the shipment (I)"

define veu_security_met =
  veu_security_requirements_met
    and (not supp10_late_paragraphs_required or veu_security_paragraphs_14_15_18_met)
  describe
    en "the VEU meets Supplement No. 10 to part 748, with paragraphs 14, 15 and 18 from 2026-01-15"
    zh "该VEU符合第748部分补编10，自2026-01-15起包括第14、15、18段"
  cite "15 CFR 748 Supp. 10 (compliance dates from the BIS public-information page)" grade P
    note "the dates and paragraph numbers: P; that Supp. 10 holds the security requirements, and their content: S"

define non_datacenter_item_at_or_above_4800 =
  item_not_for_datacenters and item_tpp >= cases_for_4800_tpp
  cite "15 CFR 774 Supp. 1, note to ECCN 3A090" grade T

define h200_case_by_case_conditions =
  chip_h200_class_or_less
    and chip_commercially_available_in_us
    and exporter_certifies_sufficient_us_supply
    and exporter_certifies_no_foundry_diversion
    and exporter_certifies_recipient_security
    and exporter_certifies_us_third_party_testing
  describe
    en "an H200-class or less advanced chip, commercially available in the U.S. at publication, with the exporter's four certifications"
    zh "H200级别或性能更低、发布时已在美国商业上市的芯片，且出口商作出四项证明"
  cite "91 FR 1684 (Revision to License Review Policy for Advanced Computing Commodities)" grade P

# ---- definitions: IaaS -----------------------------------------------------------
define customer_headquartered_outside_tier1 =
  customer_headquarters not in ai_tier1 or customer_ultimate_parent_headquarters not in ai_tier1
  describe
    en "the customer, or its ultimate parent, is headquartered outside the Supplement No. 5(a) destinations (and the United States)"
    zh "客户或其最终母公司总部位于补编5(a)目的地（及美国）之外"
  cite "15 CFR 732 Supp. 3, Red Flag 28" grade T

define customer_outside_supp5a_for_aia =
  customer_headquartered_outside_tier1 or customer_location not in ai_tier1
  cite "15 CFR 740.27(a) (training bar: headquartered or located outside)" grade P

define customer_headquartered_in_china_or_macau =
  customer_headquarters in china_and_macau
    or customer_ultimate_parent_headquarters in china_and_macau
  cite "BIS guidance of 2025-05-13 (U.S. chips training Chinese AI models)" grade S
    note "press and law-firm reproductions; reading 'Chinese' as China and Macau is I"

# ---- rules: is it 4E091? ----------------------------------------------------------
rule below_4e091_threshold
  when question == classify_4e091 and not reaches_4e091_threshold
  then not_4e091_below_threshold
  cite "15 CFR 774 Supp. 1, ECCN 4E091 heading, Technical Notes 2 and 3" grade T
  explain
    en "the model was trained with {own_training_operations} (pre-training plus later training), with the synthetic-data add-on only where more than 10 % of the operations used one generator's unpublished data; that is fewer than 10^26 operations, so the parameters are not 4E091. The same under the CFR text and under the enforcement position of 2025-05-13."
    zh "该模型训练运算次数为{own_training_operations}（预训练加后续训练），仅在超过10%的运算使用单一生成模型的未公开数据时计入合成数据附加运算；少于10^26次运算，故该参数不属于4E091。依CFR文本和依2025-05-13执法立场结论相同。"

rule meets_4e091_heading
  when question == classify_4e091 and reaches_4e091_threshold
  then is_4e091
  cite "15 CFR 774 Supp. 1, ECCN 4E091 heading and Notes 1-2" grade T
  explain
    en "under the CFR text (regime cfr_text, or any date before 2025-05-13), parameters of a model trained with 10^26 or more operations ({own_training_operations} before any synthetic-data add-on) are 4E091, and no exclusion applies (published: {weights_published}; derived from a published model: {derived_from_published_model}); a licence is required to any destination (742.6(a)(13); compliance from 2025-05-15) and STA may not send them to A:5/A:6. Under the enforcement position of 2025-05-13 these controls would not be enforced."
    zh "依CFR文本（regime为cfr_text，或2025-05-13之前的任何日期），以10^26次或以上运算训练的模型（合成数据附加前为{own_training_operations}）的参数属于4E091，且不适用任何排除条款（已公开：{weights_published}；由已公开模型衍生：{derived_from_published_model}）；出口至任何目的地均需许可证（742.6(a)(13)；自2025-05-15起须合规），且不得依STA出口至A:5/A:6。依2025-05-13执法立场，这些管控不予执行。"

rule excluded_published
  exception to meets_4e091_heading
  priority 30
  when weights_published
  then not_4e091_published
  cite "15 CFR 774 Supp. 1, ECCN 4E091, Note 1; 15 CFR 734.7(a)" grade T
  explain
    en "the parameters have been published (15 CFR 734.7(a)), so they are not controlled under 4E091 whatever the training operations; the same under the CFR text and under the enforcement position of 2025-05-13."
    zh "该参数已公开（15 CFR 734.7(a)），故无论训练运算次数多少均不受4E091管控；依CFR文本和依2025-05-13执法立场结论相同。"

rule excluded_published_derivative_model
  exception to meets_4e091_heading
  priority 20
  when excluded_published_derivative
  then not_4e091_published_derivative
  cite "15 CFR 774 Supp. 1, ECCN 4E091, Note 1 (second sentence)" grade T
  explain
    en "the model was derived from a published model whose training took {base_training_operations}, and the additional training of {additional_training_operations} does not exceed the higher of 2.5x10^25 operations or 25 % of that training, so it is not controlled; the same under both regimes."
    zh "该模型由已公开模型衍生，该已公开模型的训练运算为{base_training_operations}，追加训练{additional_training_operations}未超过2.5x10^25次运算与该训练运算25%两者中的较高者，故不受管控；两种制度下结论相同。"

rule excluded_below_published_frontier
  exception to meets_4e091_heading
  priority 10
  when excluded_below_frontier
  then not_4e091_below_frontier
  cite "15 CFR 774 Supp. 1, ECCN 4E091, Note 2 and Note 2.a" grade T
  explain
    en "the model was trained with fewer operations than the {published_frontier_operations} needed, with the most efficient published methods, to reach the most advanced published model, a figure resting on BIS guidance, an AISI or DOE opinion or a BIS classification; so it is not controlled. The same under both regimes."
    zh "该模型的训练运算次数少于以最有效的已公开方法达到最先进已公开模型能力所需的{published_frontier_operations}，该数值依据BIS指南、AISI或能源部意见或BIS分类；故不受管控。两种制度下结论相同。"

rule classified_but_not_enforced
  exception to meets_4e091_heading
  when enforcement_position_applies
  then is_4e091_not_enforced
  cite "BIS announcement of 2025-05-13; amendments.md section 3 (4E091 treated as having no effect)" grade S
  explain
    en "the parameters meet the 4E091 text ({own_training_operations} before any synthetic-data add-on, no exclusion), but under the enforcement position of 2025-05-13 (the default from that date unless regime = cfr_text is given) BIS does not enforce the 0113 rule, so 4E091 is treated as having no effect. Under the CFR text they would need a licence to any destination; GAO (B-337935) found the non-enforcement policy to be a rule that should have been sent to Congress."
    zh "该参数符合4E091文本（合成数据附加前为{own_training_operations}，不适用排除条款），但依2025-05-13执法立场（自该日起的默认值，除非指定regime = cfr_text），BIS不执行0113规则，4E091视为无效。依CFR文本，出口至任何目的地均需许可证；GAO（B-337935）认定该不执行政策属于应提交国会的规则。"

# ---- rules: licence for 4E091 model weights (priority 2) ------------------------------
rule licence_4e091_cfr_text
  priority 2
  effective 2025-05-15
  when question == licence_for_export
    and item_is_4e091
    and not enforcement_position_applies
  then licence_required
  cite "15 CFR 774 Supp. 1, ECCN 4E091 (RS worldwide); 15 CFR 742.6(a)(13)" grade T
  explain
    en "under the CFR text (regime cfr_text, from the 2025-05-15 compliance date), 4E091 model weights need a licence to or within any destination worldwide (742.6(a)(13)); no exception applied here and the review policy depends on the destination ({destination}). Under the enforcement position of 2025-05-13 this requirement is not enforced."
    zh "依CFR文本（regime为cfr_text，自2025-05-15合规日期起），4E091模型权重出口至或在全球任何目的地境内转移均需许可证（742.6(a)(13)）；此处不适用任何许可例外，审查政策取决于目的地（{destination}）。依2025-05-13执法立场，该要求不予执行。"

rule aia_model_weights_tier1
  exception to licence_4e091_cfr_text
  priority 40
  when destination_tier1 and recipient_headquartered_in_tier1
  then licence_exception_aia
  cite "15 CFR 740.27(a) and (a)(3); 15 CFR 774 Supp. 1, ECCN 4E091 (AIA: Yes)" grade I
    note "740.27(a)'s recipient test: P; the CCL flag: T; the conditions of 740.27(a)(3) for model weights were not seen"
  explain
    en "under the CFR text, 4E091 is AIA-eligible and the recipient is located in {destination}, a Tier 1 destination, with its headquarters ({recipient_headquarters}) and ultimate parent ({recipient_ultimate_parent_headquarters}) in Tier 1; the conditions of 740.27(a)(3) for model weights are UNCONFIRMED. Under the enforcement position of 2025-05-13 no licence would be enforced at all."
    zh "依CFR文本，4E091可适用AIA；收货方位于一类目的地{destination}，其总部（{recipient_headquarters}）和最终母公司（{recipient_ultimate_parent_headquarters}）均在一类国家或地区；740.27(a)(3)对模型权重的条件未经核实。依2025-05-13执法立场则不执行任何许可证要求。"

rule aia_model_weights_tier1_headquartered
  exception to licence_4e091_cfr_text
  priority 40
  when recipient_headquartered_in_tier1 and not destination_tier3
  then licence_exception_aia
  cite "15 CFR 740.2(a)(9)(ii) (third-party transcription): AIA for 4E091 to entities headquartered in Supp. 5(a) destinations and located outside Macau/D:5" grade S
    note "UNCONFIRMED; 740.27(a)(3) not seen"
  explain
    en "under the CFR text, AIA is reported to cover 4E091 sent to entities headquartered in Tier 1 (here {recipient_headquarters}, ultimate parent {recipient_ultimate_parent_headquarters}) and located outside Macau and D:5 (here {destination}). Under the enforcement position of 2025-05-13 no licence would be enforced."
    zh "依CFR文本，据报道AIA涵盖向总部位于一类国家或地区（此处为{recipient_headquarters}，最终母公司为{recipient_ultimate_parent_headquarters}）且所在地在澳门和D:5之外（此处为{destination}）的实体出口4E091。依2025-05-13执法立场则不执行任何许可证要求。"

rule deemed_export_tier1_employees
  exception to licence_4e091_cfr_text
  priority 30
  when transaction_kind == deemed_export
    and employee_is_permanent_regular
    and employer_headquarters in ai_tier1
  then no_licence_required
  cite "0113 deemed-export exemption for permanent regular employees (Skadden)" grade S
    note "UNCONFIRMED; the CFR paragraph was not seen"
  explain
    en "under the CFR text, a permanent regular employee of a company headquartered in a Tier 1 destination ({employer_headquarters}) is reported to be exempt from deemed-export licensing for 4E091 technology."
    zh "依CFR文本，据报道总部位于一类目的地（{employer_headquarters}）的公司的长期正式员工在4E091技术的视同出口许可方面获得豁免。"

rule review_4e091_tier1_approval
  exception to licence_4e091_cfr_text
  priority -10
  when destination is known and destination_tier1
  then licence_required_presumption_of_approval
  cite "742.6(b) review policy for 4E091 (Wiley)" grade S
    note "UNCONFIRMED; the 742.6(b) paragraph was not seen"
  explain
    en "under the CFR text a licence is required for 4E091 to {destination}; for the Tier 1 countries the review policy is reported to be a presumption of approval."
    zh "依CFR文本，向{destination}出口4E091需要许可证；据报道，对一类国家的审查政策为推定批准。"

rule review_4e091_denial_elsewhere
  exception to licence_4e091_cfr_text
  priority -20
  when destination is known and not destination_tier1
  then licence_required_presumption_of_denial
  cite "742.6(b) review policy for 4E091 (Wiley; Trade Compliance Resource Hub)" grade S
    note "UNCONFIRMED; the 742.6(b) paragraph was not seen"
  explain
    en "under the CFR text a licence is required for 4E091 to {destination}, outside Tier 1; the review policy is reported to be a presumption of denial."
    zh "依CFR文本，向一类国家或地区之外的{destination}出口4E091需要许可证；据报道，审查政策为推定拒绝。"

rule licence_4e091_before_compliance
  priority 2
  ends 2025-05-15
  when question == licence_for_export
    and item_is_4e091
    and not enforcement_position_applies
  then compliance_not_yet_required
  cite "90 FR 4544 (effective 2025-01-13; compliance 2025-05-15, BIS public-information page)" grade P
  explain
    en "under the CFR text, ECCN 4E091 and its worldwide licence requirement are in effect from 2025-01-13, but exporters need not comply until 2025-05-15; from then on a licence (or AIA) is needed for any destination."
    zh "依CFR文本，ECCN 4E091及其全球许可证要求自2025-01-13起生效，但出口商在2025-05-15之前无需合规；此后出口至任何目的地均需许可证（或AIA）。"

rule licence_4e091_enforcement_position
  priority 2
  when question == licence_for_export
    and item_is_4e091
    and enforcement_position_applies
  then cfr_licence_not_enforced
  cite "BIS announcement of 2025-05-13; amendments.md section 3 (4E091 treated as having no effect)" grade S
  explain
    en "under the enforcement position of 2025-05-13 (the default from that date unless regime = cfr_text is given), BIS does not enforce the 4E091 licence requirement, so sending model weights to {destination} needs no licence in practice. Under the CFR text a licence (or AIA) would be required; GAO (B-337935) found the non-enforcement policy to be a rule that should have been sent to Congress."
    zh "依2025-05-13执法立场（自该日起的默认值，除非指定regime = cfr_text），BIS不执行4E091许可证要求，故向{destination}发送模型权重实际上无需许可证。依CFR文本则需要许可证（或AIA）；GAO（B-337935）认定该不执行政策属于应提交国会的规则。"

# ---- rules: licence for .a-type advanced-computing items (priority 1) -----------------
rule licence_a_type_worldwide
  priority 1
  effective 2025-05-15
  when question == licence_for_export
    and item_is_a_type
    and not enforcement_position_applies
  then licence_required
  cite "15 CFR 742.6(a)(6)(iii)(A); 15 CFR 774 Supp. 1 (3A090.a, 4A090.a, .a-type .z)" grade T
  explain
    en "under the CFR text (regime cfr_text, from the 2025-05-15 compliance date), {eccn} needs a licence to any destination worldwide; no licence exception or VEU authorization applied for {destination} and no specific review policy is confirmed. Under the enforcement position of 2025-05-13 only the pre-0113 scope (D:1/D:4/D:5 not A:5/A:6, Macau/D:5-headquartered recipients) would apply."
    zh "依CFR文本（regime为cfr_text，自2025-05-15合规日期起），{eccn}出口至全球任何目的地均需许可证；对{destination}不适用任何许可例外或VEU授权，且无已确认的具体审查政策。依2025-05-13执法立场，仅适用0113规则之前的范围（不属于A:5/A:6的D:1/D:4/D:5，以及总部位于澳门/D:5的收货方）。"

rule savings_clause
  exception to licence_a_type_worldwide
  priority 60
  ends 2025-06-17
  when en_route_under_prior_authorization
  then savings_clause_may_proceed
  cite "90 FR 4544 savings clause (Baker McKenzie)" grade S
    note "UNCONFIRMED: not found in any FR copy (verification 4.1)"
  explain
    en "under the CFR text, items en route on 2025-05-15 under a prior authorization may proceed if the shipment is completed by 2025-06-16 (evaluated on {as_of})."
    zh "依CFR文本，于2025-05-15已依先前授权在运输途中的物项，若在2025-06-16前完成，可继续进行（评估日期{as_of}）。"

rule uveu_a_type
  exception to licence_a_type_worldwide
  priority 50
  when recipient_veu == uveu
    and recipient_headquartered_in_tier1
    and not destination_tier3
    and uveu_compute_shares_met
    and veu_security_met
  then authorized_uveu
  cite "15 CFR 748.15 (Universal VEU)" grade S
    note "eligibility, compute shares and the advanced-AI-training condition: secondary; 748.15 text not seen"
  explain
    en "under the CFR text, the recipient is a UVEU headquartered in Tier 1 ({recipient_headquarters}), deploying in {destination} outside Tier 3, with at least 75 % of its {veu_total_tpp} in Tier 1, at most 7 % in one Tier 2 country, and the security requirements met (paragraphs 14, 15 and 18 of Supp. 10 from 2026-01-15)."
    zh "依CFR文本，收货方为总部位于一类国家或地区（{recipient_headquarters}）的UVEU，部署于三类之外的{destination}，其{veu_total_tpp}中至少75%位于一类国家或地区，任一二类国家或地区不超过7%，且符合安全要求（自2026-01-15起包括补编10第14、15、18段）。"

rule nveu_a_type
  exception to licence_a_type_worldwide
  priority 50
  when recipient_veu == nveu
    and not destination_tier3
    and nveu_authorized_destination == destination
    and nveu_within_installed_base_cap
    and veu_security_met
  then authorized_nveu
  cite "15 CFR 748.15 (National VEU)" grade S
    note "per-destination authorization and installed-base caps: secondary; 748.15 text not seen"
  explain
    en "under the CFR text, the recipient is an NVEU authorized for {destination} (not Tier 3), stays within its installed-base cap, and meets the security requirements (paragraphs 14, 15 and 18 of Supp. 10 from 2026-01-15)."
    zh "依CFR文本，收货方为获授权于{destination}（非三类）的NVEU，未超过其装机量上限，且符合安全要求（自2026-01-15起包括补编10第14、15、18段）。"

rule aia_a_type
  exception to licence_a_type_worldwide
  priority 40
  when destination_tier1
    and recipient_headquartered_in_tier1
    and designer_condition_met
    and aia_certification_submitted
    and not used_to_train_4e091_model_for_non_tier1_entity
  then licence_exception_aia
  cite "15 CFR 740.27(a), (a)(1)" grade P
    note "the content of the (b)(2) certification was not seen"
  explain
    en "under the CFR text, {eccn} is an AIA commodity; the recipient is located in {destination} (Tier 1) and neither it ({recipient_headquarters}) nor its ultimate parent ({recipient_ultimate_parent_headquarters}) is headquartered outside Tier 1; the designer condition is met where it applies; the 740.27(b)(2) certification was obtained and submitted to BIS; and the items will not train a 4E091 model for a non-Tier 1 entity."
    zh "依CFR文本，{eccn}属于AIA商品；收货方位于一类目的地{destination}，其自身（{recipient_headquarters}）和最终母公司（{recipient_ultimate_parent_headquarters}）的总部均不在一类之外；适用时设计者条件已满足；已取得740.27(b)(2)证明并提交BIS；且该物项不会用于为非一类实体训练4E091模型。"

rule acm_a_type
  exception to licence_a_type_worldwide
  priority 30
  when recipient_private_sector
    and acm_activity in {development, production, storage}
    and acm_onward_outside_macau_d5
    and acm_designer_overlay_met
  then licence_exception_acm
  cite "15 CFR 740.28(a)" grade P
    note "time limits and reporting conditions were not seen; the designer overlay is S"
  explain
    en "under the CFR text, ACM covers {eccn} sent to a private sector end user for {acm_activity} before onward shipment to customers outside Macau and D:5 (onward: {onward_destinations})."
    zh "依CFR文本，ACM涵盖将{eccn}发往私营部门最终用户用于转运前的{acm_activity}，最终客户位于澳门和D:5之外（转运目的地：{onward_destinations}）。"

rule lpp_a_type
  exception to licence_a_type_worldwide
  priority 20
  when transaction_kind in {export, reexport}
    and lpp_within_annual_limit
    and lpp_pooling_permitted
    and lpp_destination_not_barred
  then licence_exception_lpp
  cite "15 CFR 740.29(a)" grade P
    note "notification, excluded destinations and headquarters exclusions were not seen; the D:1/D:4/D:5 bar is S"
  explain
    en "under the CFR text, LPP covers this {transaction_kind}: {lpp_prior_tpp} already sent under LPP to this consignee in {lpp_prior_tpp_year} (counted only in the same calendar year) plus this shipment's {shipment_tpp} stays within 26,900,000 TPP for the calendar year; LPP shipments reportedly do not count against Tier 2 allocations."
    zh "依CFR文本，LPP涵盖本次{transaction_kind}：{lpp_prior_tpp_year}年已依LPP发往该收货人的{lpp_prior_tpp}（仅同一日历年计入）加上本批货物的{shipment_tpp}，未超过每个日历年26,900,000 TPP；据报道LPP货物不计入二类配额。"

rule aca_non_datacenter_tier2
  exception to licence_a_type_worldwide
  priority 12
  when non_datacenter_item_at_or_above_4800
    and not destination_tier1
    and not destination_tier3
  then licence_exception_aca
  cite "15 CFR 740.8 (ACA, widened by the 0113 rule)" grade S
    note "SemiAnalysis; the new ACA country list is UNCONFIRMED; the 3A090 note routing non-datacenter chips to NAC/ACA is T"
  explain
    en "under the CFR text, {eccn} is not designed or marketed for datacenters and has a TPP of {item_tpp}; to {destination} (Tier 2) ACA is reported to apply without notification."
    zh "依CFR文本，{eccn}并非为数据中心设计或销售，TPP为{item_tpp}；据报道，向二类目的地{destination}出口可适用ACA，无需通知。"

rule nac_non_datacenter_tier3
  exception to licence_a_type_worldwide
  priority 10
  when non_datacenter_item_at_or_above_4800 and destination_tier3
  then licence_exception_nac_notification
  cite "15 CFR 740.8 (NAC, notification procedures updated by the 0113 rule)" grade S
    note "SemiAnalysis; UNCONFIRMED"
  explain
    en "under the CFR text, {eccn} is not designed or marketed for datacenters (TPP {item_tpp}); to {destination} (Macau or D:5) NAC is reported to be available only after notifying BIS."
    zh "依CFR文本，{eccn}并非为数据中心设计或销售（TPP为{item_tpp}）；据报道，向{destination}（澳门或D:5）出口须先通知BIS方可适用NAC。"

rule a_type_cfr_china_macau_denial
  exception to licence_a_type_worldwide
  priority -10
  when destination_china_or_macau
  then licence_required_presumption_of_denial
  cite "91 FR 1684 (review policy before the change: presumption of denial)" grade P
  explain
    en "under the CFR text a licence is required for {eccn} to {destination}; applications for China and Macau are reviewed with a presumption of denial (from 2026-01-15 case-by-case only for H200-class chips meeting the conditions of 91 FR 1684). The same under the enforcement position of 2025-05-13."
    zh "依CFR文本，向{destination}出口{eccn}需要许可证；对中国和澳门的申请适用推定拒绝（自2026-01-15起，仅符合91 FR 1684条件的H200级别芯片适用逐案审查）。依2025-05-13执法立场结论相同。"

rule a_type_cfr_h200_case_by_case
  exception to a_type_cfr_china_macau_denial
  effective 2026-01-15
  when h200_case_by_case_conditions
  then licence_required_case_by_case
  cite "91 FR 1684 (effective 2026-01-15)" grade P
  explain
    en "under the CFR text a licence is required for {eccn} to {destination}; from 2026-01-15 an H200-class or less advanced chip commercially available in the U.S. is reviewed case-by-case, with the exporter's certifications of sufficient U.S. supply, no diversion of foundry capacity, the recipient's security procedures and U.S. third-party performance testing. The same under the enforcement position."
    zh "依CFR文本，向{destination}出口{eccn}需要许可证；自2026-01-15起，已在美国商业上市的H200级别或性能更低的芯片适用逐案审查，出口商须证明美国供应充足、未转移晶圆代工产能、收货方具备安全程序，并经美国第三方性能测试。依执法立场结论相同。"

rule a_type_tier2_allocation
  exception to licence_a_type_worldwide
  priority -20
  when not destination_tier1 and not destination_tier3
  then licence_required_tier2_allocation
  cite "Tier 2 country allocations (742.6(b) paragraph not seen)" grade S
    note "SemiAnalysis, Legal Wire: about 790 million TPP per Tier 2 country for 2025-2027, doubled with a government-to-government arrangement; UNCONFIRMED"
  explain
    en "under the CFR text a licence is required for {eccn} to {destination}, a Tier 2 destination; approvals are reported to count against a country allocation of about 790 million TPP for 2025-2027 (doubled with a government-to-government arrangement), which LPP and VEU shipments do not use. Under the enforcement position of 2025-05-13 this worldwide requirement is not enforced."
    zh "依CFR文本，向二类目的地{destination}出口{eccn}需要许可证；据报道，批准数量计入2025-2027年约7.9亿TPP的国家配额（有政府间安排的加倍），LPP和VEU货物不占用该配额。依2025-05-13执法立场，该全球要求不予执行。"

rule licence_a_type_before_compliance
  priority 1
  ends 2025-05-15
  when question == licence_for_export
    and item_is_a_type
    and not enforcement_position_applies
    and a_type_pre_0113_scope
  then licence_required
  cite "15 CFR 742.6(a)(6)(iii) before the 0113 rule; 90 FR 4544 compliance date 2025-05-15" grade S
    note "the pre-0113 scope is a secondary reading (amendments.md section 3); the compliance date is P"
  explain
    en "under the CFR text the 0113 worldwide requirement is in effect from 2025-01-13 but compliance is not required until 2025-05-15; until then the pre-0113 scope applies, and it covers {eccn} to {destination} (recipient headquartered in {recipient_headquarters}, ultimate parent in {recipient_ultimate_parent_headquarters}), so a licence is required."
    zh "依CFR文本，0113规则的全球要求自2025-01-13起生效，但2025-05-15之前无需合规；在此之前适用0113规则之前的范围，该范围涵盖向{destination}出口{eccn}（收货方总部位于{recipient_headquarters}，最终母公司位于{recipient_ultimate_parent_headquarters}），故需要许可证。"

rule a_type_before_compliance_china_macau_denial
  exception to licence_a_type_before_compliance
  when destination_china_or_macau
  then licence_required_presumption_of_denial
  cite "91 FR 1684 (review policy before the change: presumption of denial)" grade P
  explain
    en "before the 2025-05-15 compliance date a licence is required for {eccn} to {destination} under the pre-0113 scope; applications for China and Macau are reviewed with a presumption of denial."
    zh "在2025-05-15合规日期之前，依0113规则之前的范围，向{destination}出口{eccn}需要许可证；对中国和澳门的申请适用推定拒绝。"

rule a_type_compliance_not_yet_required
  priority 1
  ends 2025-05-15
  when question == licence_for_export
    and item_is_a_type
    and not enforcement_position_applies
    and not a_type_pre_0113_scope
  then compliance_not_yet_required
  cite "90 FR 4544 (effective 2025-01-13; compliance 2025-05-15, BIS public-information page)" grade P
  explain
    en "under the CFR text {eccn} to {destination} falls only under the new worldwide requirement, which is in effect from 2025-01-13 but need not be complied with until 2025-05-15: no licence is needed for a shipment before then; from 2025-05-15 a licence (or AIA, LPP, ACM or a VEU) is needed."
    zh "依CFR文本，向{destination}出口{eccn}仅受新的全球要求管辖，该要求自2025-01-13起生效，但2025-05-15之前无需合规：此前的货物无需许可证；自2025-05-15起需要许可证（或AIA、LPP、ACM或VEU）。"

rule licence_a_type_enforcement_position
  priority 1
  when question == licence_for_export
    and item_is_a_type
    and enforcement_position_applies
    and a_type_pre_0113_scope
  then licence_required
  cite "amendments.md section 3; 15 CFR 742.6(a)(6)(iii)(A) headquarters requirement (BIS guidance of 2026-05-31)" grade S
    note "what non-enforcement restores is a secondary reading; UNCONFIRMED"
  explain
    en "under the enforcement position of 2025-05-13 (the default from that date unless regime = cfr_text is given), only the pre-0113 scope is enforced, and it covers {eccn} to {destination} (a D:1/D:4/D:5 destination not in A:5/A:6, or a recipient headquartered in {recipient_headquarters} with ultimate parent in {recipient_ultimate_parent_headquarters}, Macau or D:5): a licence is required. The 0113 exceptions (AIA, ACM, LPP, VEU) are not evaluated under this regime. Under the CFR text a licence would be required to any destination."
    zh "依2025-05-13执法立场（自该日起的默认值，除非指定regime = cfr_text），仅执行0113规则之前的范围，该范围涵盖向{destination}出口{eccn}（不属于A:5/A:6的D:1/D:4/D:5目的地，或总部位于{recipient_headquarters}、最终母公司位于{recipient_ultimate_parent_headquarters}的澳门/D:5收货方）：需要许可证。此制度下不评估0113规则的许可例外（AIA、ACM、LPP、VEU）。依CFR文本，出口至任何目的地均需许可证。"

rule a_type_enforced_china_macau_denial
  exception to licence_a_type_enforcement_position
  when destination_china_or_macau
  then licence_required_presumption_of_denial
  cite "91 FR 1684 (review policy before the change: presumption of denial)" grade P
  explain
    en "under the enforcement position of 2025-05-13 a licence is still required for {eccn} to {destination}; applications for China and Macau are reviewed with a presumption of denial (from 2026-01-15 case-by-case only for H200-class chips meeting the conditions of 91 FR 1684). The same under the CFR text."
    zh "依2025-05-13执法立场，向{destination}出口{eccn}仍需许可证；对中国和澳门的申请适用推定拒绝（自2026-01-15起，仅符合91 FR 1684条件的H200级别芯片适用逐案审查）。依CFR文本结论相同。"

rule a_type_enforced_h200_case_by_case
  exception to a_type_enforced_china_macau_denial
  effective 2026-01-15
  when h200_case_by_case_conditions
  then licence_required_case_by_case
  cite "91 FR 1684 (effective 2026-01-15)" grade P
  explain
    en "under the enforcement position of 2025-05-13 a licence is still required for {eccn} to {destination}; from 2026-01-15 an H200-class or less advanced chip commercially available in the U.S. is reviewed case-by-case, with the exporter's four certifications (sufficient U.S. supply, no diversion of foundry capacity, recipient security, U.S. third-party testing). The same under the CFR text."
    zh "依2025-05-13执法立场，向{destination}出口{eccn}仍需许可证；自2026-01-15起，已在美国商业上市的H200级别或性能更低的芯片适用逐案审查，出口商须作出四项证明（美国供应充足、未转移晶圆代工产能、收货方安全、美国第三方测试）。依CFR文本结论相同。"

rule a_type_not_enforced
  priority 1
  when question == licence_for_export
    and item_is_a_type
    and enforcement_position_applies
    and not a_type_pre_0113_scope
  then cfr_licence_not_enforced
  cite "BIS announcement of 2025-05-13; amendments.md section 3" grade S
    note "what non-enforcement restores is a secondary reading; UNCONFIRMED"
  explain
    en "under the enforcement position of 2025-05-13 (the default from that date unless regime = cfr_text is given), BIS does not enforce the 0113 worldwide requirement, and {eccn} to {destination} (recipient headquartered in {recipient_headquarters}, ultimate parent in {recipient_ultimate_parent_headquarters}) is outside the pre-0113 scope: no licence in practice. Under the CFR text a licence (or AIA, LPP, ACM or a VEU) would be required; GAO (B-337935) found the non-enforcement policy to be a rule that should have been sent to Congress."
    zh "依2025-05-13执法立场（自该日起的默认值，除非指定regime = cfr_text），BIS不执行0113规则的全球要求，且向{destination}出口{eccn}（收货方总部位于{recipient_headquarters}，最终母公司位于{recipient_ultimate_parent_headquarters}）不在0113规则之前的范围内：实际上无需许可证。依CFR文本则需要许可证（或AIA、LPP、ACM或VEU）；GAO（B-337935）认定该不执行政策属于应提交国会的规则。"

# ---- rules: licence for .b-type advanced-computing items (priority 0) ------------------
rule licence_b_type
  when question == licence_for_export
    and item_is_b_type
    and b_type_scope
  then licence_required
  cite "15 CFR 742.6(a)(6)(iii)(B)" grade T
  explain
    en "{eccn} needs a licence to {destination}: the .b-type scope is the United Arab Emirates and the D:1, D:4 and D:5 destinations not also in A:5 or A:6. The same under the CFR text and under the enforcement position of 2025-05-13 (the announcement left the .b-type scope unchanged); no exception applied and no specific review policy is confirmed."
    zh "向{destination}出口{eccn}需要许可证：.b类范围为阿联酋以及不同时属于A:5或A:6的D:1、D:4、D:5目的地。依CFR文本和依2025-05-13执法立场结论相同（该宣布未改变.b类范围）；不适用任何许可例外，且无已确认的具体审查政策。"

rule uveu_b_type
  exception to licence_b_type
  priority 50
  when not enforcement_position_applies
    and recipient_veu == uveu
    and recipient_headquartered_in_tier1
    and not destination_tier3
    and uveu_compute_shares_met
    and veu_security_met
  then authorized_uveu
  cite "15 CFR 748.15 (Universal VEU)" grade S
    note "secondary; 748.15 text not seen; the 0113 VEU authorizations are not evaluated under the enforcement position"
  explain
    en "under the CFR text, the recipient is a UVEU headquartered in Tier 1 ({recipient_headquarters}), deploying in {destination} outside Tier 3, within the compute shares (75 % Tier 1, at most 7 % per Tier 2 country) and meeting the security requirements."
    zh "依CFR文本，收货方为总部位于一类国家或地区（{recipient_headquarters}）的UVEU，部署于三类之外的{destination}，符合算力比例（一类75%，每个二类国家或地区不超过7%）并符合安全要求。"

rule nveu_b_type
  exception to licence_b_type
  priority 50
  when not enforcement_position_applies
    and recipient_veu == nveu
    and not destination_tier3
    and nveu_authorized_destination == destination
    and nveu_within_installed_base_cap
    and veu_security_met
  then authorized_nveu
  cite "15 CFR 748.15 (National VEU)" grade S
    note "secondary; 748.15 text not seen; the 0113 VEU authorizations are not evaluated under the enforcement position"
  explain
    en "under the CFR text, the recipient is an NVEU authorized for {destination} (not Tier 3), within its installed-base cap and meeting the security requirements."
    zh "依CFR文本，收货方为获授权于{destination}（非三类）的NVEU，未超过其装机量上限并符合安全要求。"

rule acm_b_type
  exception to licence_b_type
  priority 30
  when not enforcement_position_applies
    and recipient_private_sector
    and acm_activity in {development, production, storage}
    and acm_onward_outside_macau_d5
    and acm_designer_overlay_met
  then licence_exception_acm
  cite "15 CFR 740.28(a)" grade P
    note "ACM is a 0113 exception: not evaluated under the enforcement position (I)"
  explain
    en "under the CFR text, ACM covers {eccn} sent to a private sector end user in {destination} for {acm_activity} before onward shipment to customers outside Macau and D:5 (onward: {onward_destinations})."
    zh "依CFR文本，ACM涵盖将{eccn}发往{destination}的私营部门最终用户用于转运前的{acm_activity}，最终客户位于澳门和D:5之外（转运目的地：{onward_destinations}）。"

rule b_type_china_macau_denial
  exception to licence_b_type
  priority -10
  when destination_china_or_macau
  then licence_required_presumption_of_denial
  cite "91 FR 1684 (review policy before the change: presumption of denial)" grade P
  explain
    en "a licence is required for {eccn} to {destination}; applications for China and Macau are reviewed with a presumption of denial (from 2026-01-15 case-by-case for chips meeting the conditions of 91 FR 1684). The same under both regimes."
    zh "向{destination}出口{eccn}需要许可证；对中国和澳门的申请适用推定拒绝（自2026-01-15起，符合91 FR 1684条件的芯片适用逐案审查）。两种制度下结论相同。"

rule b_type_h200_case_by_case
  exception to b_type_china_macau_denial
  effective 2026-01-15
  when h200_case_by_case_conditions
  then licence_required_case_by_case
  cite "91 FR 1684 (effective 2026-01-15)" grade P
  explain
    en "a licence is required for {eccn} to {destination}; from 2026-01-15 a chip at or below the H200, commercially available in the U.S., is reviewed case-by-case with the exporter's four certifications. The same under both regimes."
    zh "向{destination}出口{eccn}需要许可证；自2026-01-15起，已在美国商业上市、性能不高于H200的芯片适用逐案审查，出口商须作出四项证明。两种制度下结论相同。"

rule b_type_outside_scope
  when question == licence_for_export
    and item_is_b_type
    and not b_type_scope
  then no_licence_required
  cite "15 CFR 742.6(a)(6)(iii)(B)" grade T
  explain
    en "{eccn} to {destination} needs no licence under the 0113 rule: the .b-type scope covers only the United Arab Emirates and D:1, D:4 and D:5 destinations not also in A:5 or A:6. The same under both regimes."
    zh "依0113规则，向{destination}出口{eccn}无需许可证：.b类范围仅涵盖阿联酋以及不同时属于A:5或A:6的D:1、D:4、D:5目的地。两种制度下结论相同。"

# ---- rules: may this provider train this customer's model? -------------------------
rule iaas_aia_training_bar
  priority 20
  when question == iaas_training
    and not enforcement_position_applies
    and provider_compute_received_under_aia
    and customer_outside_supp5a_for_aia
    and would_be_4e091_when_trained
  then iaas_not_on_aia_compute
  cite "15 CFR 740.27(a) (AIA may not supply commodities for training 4E091 models for entities headquartered or located outside Supp. 5(a))" grade I
    note "the bar is P (740.27(a)); applying it to IaaS on AIA-received chips, and the certification's IaaS wording, are UNCONFIRMED"
  explain
    en "under the CFR text, the chips were received under AIA, which may not be used to supply commodities for training models covered by 4E091 for entities headquartered or located outside the Supp. 5(a) destinations; this customer (headquartered in {customer_headquarters}, ultimate parent in {customer_ultimate_parent_headquarters}, located in {customer_location}) is such an entity. Run the training on other compute or obtain a licence. Under the enforcement position of 2025-05-13 this bar would not be enforced."
    zh "依CFR文本，该芯片系依AIA获得，而AIA不得用于为总部位于或所在地位于补编5(a)目的地之外的实体提供训练4E091所涵盖模型的商品；该客户（总部位于{customer_headquarters}，最终母公司位于{customer_ultimate_parent_headquarters}，所在地{customer_location}）即属此类实体。请改用其他算力或取得许可证。依2025-05-13执法立场，该限制不予执行。"

rule iaas_veu_training_condition
  priority 10
  when question == iaas_training
    and not enforcement_position_applies
    and provider_facility_is_veu
    and customer_headquartered_outside_tier1
    and would_be_4e091_when_trained
  then iaas_not_on_veu_compute
  cite "15 CFR 748.15 advanced AI training condition (secondary descriptions)" grade S
    note "the exact 748.15 wording was not seen; UNCONFIRMED"
  explain
    en "under the CFR text, the VEU conditions reportedly keep frontier-model training for parties headquartered outside Tier 1 (here {customer_headquarters}, ultimate parent {customer_ultimate_parent_headquarters}) off VEU facilities: run it elsewhere or obtain a licence. Under the enforcement position of 2025-05-13 this condition would not be enforced."
    zh "依CFR文本，据报道VEU条件不允许在VEU设施为总部位于一类之外的当事方（此处为{customer_headquarters}，最终母公司为{customer_ultimate_parent_headquarters}）训练前沿模型：请在别处进行或取得许可证。依2025-05-13执法立场，该条件不予执行。"

rule iaas_china_training_guidance
  priority 6
  effective 2025-05-13
  when question == iaas_training
    and customer_headquartered_in_china_or_macau
    and (enforcement_position_applies or not would_be_4e091_when_trained)
  then iaas_enhanced_diligence_china_guidance
  cite "BIS guidance of 2025-05-13 on U.S. chips training or running Chinese AI models" grade S
    note "press and law-firm reproductions; the guidance text was not seen"
  explain
    en "the customer is headquartered in {customer_headquarters} (ultimate parent {customer_ultimate_parent_headquarters}); BIS's guidance of 2025-05-13 warns of the risks of U.S. chips being used to train or run Chinese AI models: apply enhanced due diligence (end use, end user, diversion) before training. This applies whichever regime is chosen; under the CFR text a 4E091-scale run would also raise Red Flag 28."
    zh "该客户总部位于{customer_headquarters}（最终母公司{customer_ultimate_parent_headquarters}）；BIS于2025-05-13发布的指南警示美国芯片被用于训练或运行中国人工智能模型的风险：训练前须加强尽职调查（最终用途、最终用户、转移）。无论选择何种制度均适用；依CFR文本，4E091规模的训练还会触发第28号危险信号。"

rule iaas_red_flag_28
  priority 5
  when question == iaas_training
    and not enforcement_position_applies
    and customer_headquartered_outside_tier1
    and would_be_4e091_when_trained
  then iaas_red_flag_ask_export_intent
  cite "15 CFR 732 Supp. 3, Red Flag 28" grade T
  explain
    en "under the CFR text, providing IaaS to help train a model whose weights would be 4E091 for an entity headquartered (or whose ultimate parent is headquartered) outside the Supp. 5(a) destinations (here {customer_headquarters} / {customer_ultimate_parent_headquarters}) is Red Flag 28: ask the customer whether it intends to export the model, because a later unlicensed export could be treated as aided and abetted by the provider. This is know-your-customer guidance, not a licence requirement on the service. Under the enforcement position of 2025-05-13 its status is unclear."
    zh "依CFR文本，为总部（或最终母公司总部）位于补编5(a)目的地之外的实体（此处为{customer_headquarters} / {customer_ultimate_parent_headquarters}）提供IaaS以协助训练权重将属于4E091的模型，构成第28号危险信号：须询问客户是否打算出口该模型，因为日后未经许可的出口可能被视为提供商协助和教唆。这是了解客户的指导，而非对该服务的许可证要求。依2025-05-13执法立场，其效力不明。"

rule iaas_red_flag_export_intended
  exception to iaas_red_flag_28
  when customer_intends_to_export_weights is known and customer_intends_to_export_weights
  then iaas_licence_before_export
  cite "15 CFR 732 Supp. 3, Red Flag 28 (expected action)" grade T
  explain
    en "under the CFR text Red Flag 28 is raised and the customer says it intends to export the model: the provider must apply for the licence or tell the customer it must obtain one before exporting the weights."
    zh "依CFR文本，触发第28号危险信号，且客户表示打算出口该模型：提供商须申请许可证，或告知客户在出口权重前必须取得许可证。"

rule iaas_red_flag_no_export_intent
  exception to iaas_red_flag_28
  when customer_intends_to_export_weights is known and not customer_intends_to_export_weights
  then iaas_may_proceed_no_export_intent
  cite "15 CFR 732 Supp. 3, Red Flag 28 (expected action)" grade I
    note "Red Flag 28 says what to do when the customer intends to export; that a 'no' answer lets the provider proceed is a reading (I)"
  explain
    en "under the CFR text Red Flag 28 was raised, the provider asked, and the customer says it will not export the model: training may proceed; keep the answer on record and watch for signs of an export."
    zh "依CFR文本，曾触发第28号危险信号，提供商已询问，客户表示不会出口该模型：可以进行训练；须保存该答复并留意出口迹象。"

rule iaas_red_flag_status_unclear
  priority 5
  when question == iaas_training
    and enforcement_position_applies
    and customer_headquartered_outside_tier1
    and would_be_4e091_when_trained
  then iaas_red_flag_status_unclear
  cite "amendments.md section 3 (Red Flag 28: status unclear under non-enforcement)" grade S
  explain
    en "under the enforcement position of 2025-05-13 (the default from that date unless regime = cfr_text is given), 4E091 is not enforced, so the Red Flag 28 concern (a later unlicensed export of the weights) is not enforced either, but the red flag's status is unclear: asking the customer (headquartered in {customer_headquarters}) about export intent remains prudent. Under the CFR text Red Flag 28 would be raised."
    zh "依2025-05-13执法立场（自该日起的默认值，除非指定regime = cfr_text），4E091不予执行，第28号危险信号所针对的风险（日后未经许可出口权重）亦不予执行，但该危险信号的效力不明：仍宜询问客户（总部位于{customer_headquarters}）的出口意图。依CFR文本将触发第28号危险信号。"

rule iaas_customer_in_tier1
  when question == iaas_training and not customer_headquartered_outside_tier1
  then iaas_no_red_flag
  cite "15 CFR 732 Supp. 3, Red Flag 28" grade T
  explain
    en "the customer ({customer_headquarters}) and its ultimate parent ({customer_ultimate_parent_headquarters}) are headquartered in Tier 1, so Red Flag 28 is not raised; the same under both regimes."
    zh "客户（{customer_headquarters}）及其最终母公司（{customer_ultimate_parent_headquarters}）总部均位于一类国家或地区，故不触发第28号危险信号；两种制度下结论相同。"

rule iaas_model_below_4e091
  when question == iaas_training and not would_be_4e091_when_trained
  then iaas_no_red_flag
  cite "15 CFR 732 Supp. 3, Red Flag 28; 15 CFR 774 Supp. 1, ECCN 4E091" grade T
  explain
    en "the model to be trained would not have 4E091 weights ({own_training_operations} before any synthetic-data add-on, or an exclusion applies), so Red Flag 28 is not raised; the same under both regimes."
    zh "待训练模型的权重不会属于4E091（合成数据附加前为{own_training_operations}，或适用排除条款），故不触发第28号危险信号；两种制度下结论相同。"

# ---- rules: does the FDP rule reach these foreign-produced weights? ----------------------
rule fdp_weights_not_foreign_produced
  priority 3
  when question == fdp_model_weights and not weights_produced_outside_us
  then fdp_not_foreign_produced
  cite "15 CFR 734.9 (FDP rules reach foreign-produced items)" grade I
  explain
    en "the weights were produced in the United States, so no foreign direct product rule is needed: they are U.S.-origin items subject to the EAR; ask the licence question."
    zh "该权重在美国生产，无需适用外国直接产品规则：其为受EAR管控的美国原产物项；请改问许可证问题。"

rule fdp_weights_not_4e091
  priority 2
  when question == fdp_model_weights and not weights_are_4e091
  then fdp_not_4e091
  cite "15 CFR 734.9(l) product scope (ECCN 4E091), third-party transcription" grade S
  explain
    en "the model-weights FDP rule reaches only foreign-produced items in ECCN 4E091, and these weights are not 4E091 (below 10^26 operations, published, a published-model derivative, or below the frontier); the same under both regimes."
    zh "模型权重FDP规则仅涵盖属于ECCN 4E091的外国生产物项，而该权重不属于4E091（低于10^26次运算、已公开、已公开模型的衍生模型或低于前沿水平）；两种制度下结论相同。"

rule fdp_plant_not_us_derived_rule
  priority 1
  when question == fdp_model_weights and not produced_by_us_derived_plant
  then fdp_plant_not_us_derived
  cite "15 CFR 734.9(l) (plant route only), third-party transcription" grade S
    note "UNCONFIRMED: the text of 734.9(l) was not seen"
  explain
    en "the model-weights FDP rule is reported to reach only weights produced by a plant (or a major component of a plant) that is itself a direct product of U.S.-origin technology or software; this plant is not, so the rule does not reach them. The same under both regimes."
    zh "据报道，模型权重FDP规则仅涵盖由本身为美国原产技术或软件直接产品的设施（或设施主要部件）生产的权重；该设施并非如此，故不适用。两种制度下结论相同。"

rule fdp_model_weights_cfr_text
  effective 2025-05-15
  when question == fdp_model_weights
    and not enforcement_position_applies
    and weights_produced_outside_us
    and weights_are_4e091
    and produced_by_us_derived_plant
  then fdp_licence_required
  cite "15 CFR 734.9(l); 15 CFR 742.6(a)(13)" grade S
    note "existence: S (Nat'l Law Review, Covington, SemiAnalysis); location and plant route: S (third-party transcription); worldwide scope: S"
  explain
    en "under the CFR text (regime cfr_text, from the 2025-05-15 compliance date), the foreign-produced 4E091 weights come from a plant that is a direct product of U.S.-origin technology or software (hardware: {training_hardware_eccns}), so the FDP rule for model weights (734.9(l), UNCONFIRMED) makes them subject to the EAR, with a licence required to any destination (742.6(a)(13)). Under the enforcement position of 2025-05-13 this would not be enforced."
    zh "依CFR文本（regime为cfr_text，自2025-05-15合规日期起），该外国生产的4E091权重来自本身为美国原产技术或软件直接产品的设施（硬件：{training_hardware_eccns}），故模型权重FDP规则（734.9(l)，未经核实）使其受EAR管控，出口至任何目的地均需许可证（742.6(a)(13)）。依2025-05-13执法立场，该要求不予执行。"

rule fdp_hardware_outside_reported_list
  exception to fdp_model_weights_cfr_text
  when training_hardware_eccns is known
    and not training_hardware_eccns overlaps fdp_reported_plant_eccns + a_type_items + b_type_items
  then fdp_scope_unconfirmed
  cite "15 CFR 734.9(l) producing-facility ECCNs (reported)" grade I
    note "the reported list (3A001.z, 3A090, 4A003.z, 4A004.z, 4A005.z, 4A090, 5A002.z, 5A004.z, 5A992.z) is unverified for 734.9(l)"
  explain
    en "under the CFR text the weights would be reached only if 734.9(l)'s reported producing-facility list does not limit it: the plant's hardware ({training_hardware_eccns}) is outside that list (3A001.z, 3A090, 4A003.z, 4A004.z, 4A005.z, 4A090, 5A002.z, 5A004.z, 5A992.z), and the text of 734.9(l) was not seen. Treat as unresolved and seek a BIS determination."
    zh "依CFR文本，仅当734.9(l)据报道的生产设施清单不构成限制时才涵盖该权重：该设施的硬件（{training_hardware_eccns}）不在该清单（3A001.z、3A090、4A003.z、4A004.z、4A005.z、4A090、5A002.z、5A004.z、5A992.z）内，且734.9(l)文本未见。视为未决，请寻求BIS认定。"

rule fdp_model_weights_before_compliance
  ends 2025-05-15
  when question == fdp_model_weights
    and not enforcement_position_applies
    and weights_produced_outside_us
    and weights_are_4e091
    and produced_by_us_derived_plant
  then compliance_not_yet_required
  cite "15 CFR 734.9(l); 90 FR 4544 compliance date 2025-05-15" grade S
    note "734.9(l): S; the compliance date: P"
  explain
    en "under the CFR text the FDP rule for model weights (734.9(l), UNCONFIRMED) is in effect from 2025-01-13, but compliance is not required until 2025-05-15; from then on these foreign-produced 4E091 weights need a licence to any destination."
    zh "依CFR文本，模型权重FDP规则（734.9(l)，未经核实）自2025-01-13起生效，但2025-05-15之前无需合规；此后该外国生产的4E091权重出口至任何目的地均需许可证。"

rule fdp_model_weights_not_enforced
  when question == fdp_model_weights
    and enforcement_position_applies
    and weights_produced_outside_us
    and weights_are_4e091
    and produced_by_us_derived_plant
  then cfr_licence_not_enforced
  cite "BIS announcement of 2025-05-13; 15 CFR 734.9(l)" grade S
  explain
    en "under the enforcement position of 2025-05-13 (the default from that date unless regime = cfr_text is given), BIS does not enforce the 0113 rule, so the FDP rule for model weights is not enforced for these foreign-produced 4E091 weights. Under the CFR text they would be subject to the EAR and need a licence to any destination."
    zh "依2025-05-13执法立场（自该日起的默认值，除非指定regime = cfr_text），BIS不执行0113规则，故模型权重FDP规则对该外国生产的4E091权重不予执行。依CFR文本，其将受EAR管控，出口至任何目的地均需许可证。"

# ---- examples: written from the words of rule-0113.md, amendments.md and lists.md ----------
# -- Question 1: are these weights 4E091? --
example "the CFR says 10^26 or more: exactly 10^26 operations is 4E091"
  as of 2025-03-03
  given question = classify_4e091, base_training_operations = 1e26 operations,
    additional_training_operations = 0 operations,
    generated_data_training_operations = 0 operations, weights_published = false,
    derived_from_published_model = false, frontier_figure_established = false
  expect is_4e091 by meets_4e091_heading

example "10^26 - 1 operations is below the 4E091 heading"
  as of 2025-03-03
  given question = classify_4e091,
    base_training_operations = 99_999_999_999_999_999_999_999_999 operations,
    additional_training_operations = 0 operations,
    generated_data_training_operations = 0 operations, weights_published = false,
    derived_from_published_model = false, frontier_figure_established = false
  expect not_4e091_below_threshold by below_4e091_threshold

example "operations include later training such as fine-tuning"
  as of 2025-03-03
  given question = classify_4e091, base_training_operations = 9e25 operations,
    additional_training_operations = 1e25 operations,
    generated_data_training_operations = 0 operations, weights_published = false,
    derived_from_published_model = false, frontier_figure_established = false
  expect is_4e091 by meets_4e091_heading

example "over 10 % on one generator's unpublished data adds the generator's generation operations"
  as of 2025-03-03
  given question = classify_4e091, base_training_operations = 8e25 operations,
    additional_training_operations = 0 operations,
    generated_data_training_operations = 9e24 operations,
    generator_generation_operations = 2e25 operations, generator_weights_published = true,
    weights_published = false, derived_from_published_model = false,
    frontier_figure_established = false
  expect is_4e091 by meets_4e091_heading

example "an unpublished generator's own training operations are added as well"
  as of 2025-03-03
  given question = classify_4e091, base_training_operations = 8e25 operations,
    additional_training_operations = 0 operations,
    generated_data_training_operations = 9e24 operations,
    generator_generation_operations = 5e24 operations, generator_weights_published = false,
    generator_training_operations = 1.5e25 operations, weights_published = false,
    derived_from_published_model = false, frontier_figure_established = false
  expect is_4e091 by meets_4e091_heading

example "a published generator's training operations are not added"
  as of 2025-03-03
  given question = classify_4e091, base_training_operations = 8e25 operations,
    additional_training_operations = 0 operations,
    generated_data_training_operations = 9e24 operations,
    generator_generation_operations = 5e24 operations, generator_weights_published = true,
    generator_training_operations = 1.5e25 operations, weights_published = false,
    derived_from_published_model = false, frontier_figure_established = false
  expect not_4e091_below_threshold by below_4e091_threshold

example "exactly 10 % on one generator's data is not more than 10 %"
  as of 2025-03-03
  given question = classify_4e091, base_training_operations = 9e25 operations,
    additional_training_operations = 0 operations,
    generated_data_training_operations = 9e24 operations,
    generator_generation_operations = 2e25 operations, generator_weights_published = true,
    weights_published = false, derived_from_published_model = false,
    frontier_figure_established = false
  expect not_4e091_below_threshold by below_4e091_threshold

example "published parameters are not controlled"
  as of 2025-03-03
  given question = classify_4e091, base_training_operations = 2e26 operations,
    additional_training_operations = 0 operations,
    generated_data_training_operations = 0 operations, weights_published = true
  expect not_4e091_published by excluded_published

example "a derivative of a published model with 2.5x10^25 more operations is not controlled"
  as of 2025-03-03
  given question = classify_4e091, base_training_operations = 1e26 operations,
    additional_training_operations = 2.5e25 operations,
    generated_data_training_operations = 0 operations, weights_published = false,
    derived_from_published_model = true
  expect not_4e091_published_derivative by excluded_published_derivative_model

example "extra training above both 2.5x10^25 and 25 % makes the derivative controlled"
  as of 2025-03-03
  given question = classify_4e091, base_training_operations = 1e26 operations,
    additional_training_operations = 3e25 operations,
    generated_data_training_operations = 0 operations, weights_published = false,
    derived_from_published_model = true, frontier_figure_established = false
  expect is_4e091 by meets_4e091_heading

example "extra training of exactly 25 % of the base model does not exceed 25 %"
  as of 2025-03-03
  given question = classify_4e091, base_training_operations = 2e26 operations,
    additional_training_operations = 5e25 operations,
    generated_data_training_operations = 0 operations, weights_published = false,
    derived_from_published_model = true
  expect not_4e091_published_derivative by excluded_published_derivative_model

example "one operation more than 25 % of the base model makes the derivative controlled"
  as of 2025-03-03
  given question = classify_4e091, base_training_operations = 2e26 operations,
    additional_training_operations = 50_000_000_000_000_000_000_000_001 operations,
    generated_data_training_operations = 0 operations, weights_published = false,
    derived_from_published_model = true, frontier_figure_established = false
  expect is_4e091 by meets_4e091_heading

example "below the frontier of published models, on BIS guidance, not controlled"
  as of 2025-03-03
  given question = classify_4e091, base_training_operations = 1.5e26 operations,
    additional_training_operations = 0 operations,
    generated_data_training_operations = 0 operations, weights_published = false,
    derived_from_published_model = false, published_frontier_operations = 2e26 operations,
    frontier_figure_established = true
  expect not_4e091_below_frontier by excluded_below_published_frontier

example "a frontier figure without BIS guidance, an AISI/DOE opinion or a classification does not exclude"
  as of 2025-03-03
  given question = classify_4e091, base_training_operations = 1.5e26 operations,
    additional_training_operations = 0 operations,
    generated_data_training_operations = 0 operations, weights_published = false,
    derived_from_published_model = false, published_frontier_operations = 2e26 operations,
    frontier_figure_established = false
  expect is_4e091 by meets_4e091_heading

example "on 2025-05-12 the default regime is still the CFR text"
  as of 2025-05-12
  given question = classify_4e091, base_training_operations = 1e26 operations,
    additional_training_operations = 0 operations,
    generated_data_training_operations = 0 operations, weights_published = false,
    derived_from_published_model = false, frontier_figure_established = false
  expect is_4e091 by meets_4e091_heading

example "from 2025-05-13 the default is the enforcement position: 4E091 met but not enforced"
  as of 2025-05-13
  given question = classify_4e091, base_training_operations = 1e26 operations,
    additional_training_operations = 0 operations,
    generated_data_training_operations = 0 operations, weights_published = false,
    derived_from_published_model = false, frontier_figure_established = false
  expect is_4e091_not_enforced by classified_but_not_enforced

example "choosing the CFR text in 2026 keeps 4E091 in force"
  as of 2026-03-02
  given question = classify_4e091, regime = cfr_text, base_training_operations = 1e26 operations,
    additional_training_operations = 0 operations,
    generated_data_training_operations = 0 operations, weights_published = false,
    derived_from_published_model = false, frontier_figure_established = false
  expect is_4e091 by meets_4e091_heading

example "there was no enforcement position before 2025-05-13, so choosing it gives the CFR text"
  as of 2025-03-03
  given question = classify_4e091, regime = enforced, base_training_operations = 1e26 operations,
    additional_training_operations = 0 operations,
    generated_data_training_operations = 0 operations, weights_published = false,
    derived_from_published_model = false, frontier_figure_established = false
  expect is_4e091 by meets_4e091_heading

example "above 10^26 whether the weights were published must be known"
  as of 2025-03-03
  given question = classify_4e091, base_training_operations = 2e26 operations,
    additional_training_operations = 0 operations,
    generated_data_training_operations = 0 operations, derived_from_published_model = false,
    frontier_figure_established = false
  expect needs_information missing weights_published

example "below 10^26 publication does not matter"
  as of 2025-03-03
  given question = classify_4e091, base_training_operations = 5e25 operations,
    additional_training_operations = 0 operations,
    generated_data_training_operations = 0 operations
  expect not_4e091_below_threshold by below_4e091_threshold

example "2025-01-12: the 0113 rule was not yet in effect"
  as of 2025-01-12
  given question = classify_4e091, base_training_operations = 1e26 operations,
    additional_training_operations = 0 operations,
    generated_data_training_operations = 0 operations, weights_published = false,
    derived_from_published_model = false, frontier_figure_established = false
  expect not_in_force

example "2025-01-13: 4E091 exists from the effective date"
  as of 2025-01-13
  given question = classify_4e091, base_training_operations = 1e26 operations,
    additional_training_operations = 0 operations,
    generated_data_training_operations = 0 operations, weights_published = false,
    derived_from_published_model = false, frontier_figure_established = false
  expect is_4e091 by meets_4e091_heading

# -- Question 2a: licence for 4E091 model weights --
example "under the CFR text 4E091 needs a licence worldwide; the review policy waits for the destination"
  as of 2025-06-02
  given question = licence_for_export, regime = cfr_text, eccn = "4E091", transaction_kind = export,
    recipient_headquarters = "CN", recipient_ultimate_parent_headquarters = "CN"
  expect licence_required by licence_4e091_cfr_text

example "AIA for weights to a German-headquartered recipient located in Germany"
  as of 2025-06-02
  given question = licence_for_export, regime = cfr_text, eccn = "4E091", destination = "DE",
    transaction_kind = export, recipient_headquarters = "DE",
    recipient_ultimate_parent_headquarters = "DE"
  expect licence_exception_aia by aia_model_weights_tier1

example "AIA reportedly reaches a U.S.-headquartered entity located in India"
  as of 2025-06-02
  given question = licence_for_export, regime = cfr_text, eccn = "4E091", destination = "IN",
    transaction_kind = export, recipient_headquarters = "US",
    recipient_ultimate_parent_headquarters = "US"
  expect licence_exception_aia by aia_model_weights_tier1_headquartered

example "weights to a U.S. firm's site in China: no AIA in D:5, presumption of denial reported"
  as of 2025-06-02
  given question = licence_for_export, regime = cfr_text, eccn = "4E091", destination = "CN",
    transaction_kind = export, recipient_headquarters = "US",
    recipient_ultimate_parent_headquarters = "US"
  expect licence_required_presumption_of_denial by review_4e091_denial_elsewhere

example "2025-05-15: weights to a Chinese-headquartered firm's office in Japan, presumption of approval reported"
  as of 2025-05-15
  given question = licence_for_export, regime = cfr_text, eccn = "4E091", destination = "JP",
    transaction_kind = export, recipient_headquarters = "CN",
    recipient_ultimate_parent_headquarters = "CN"
  expect licence_required_presumption_of_approval by review_4e091_tier1_approval

example "2025-05-14: the 4E091 requirement is in effect but compliance is not yet required"
  as of 2025-05-14
  given question = licence_for_export, regime = cfr_text, eccn = "4E091", destination = "JP",
    transaction_kind = export, recipient_headquarters = "CN",
    recipient_ultimate_parent_headquarters = "CN"
  expect compliance_not_yet_required by licence_4e091_before_compliance

example "release to a permanent regular employee of a U.K.-headquartered company (reported exemption)"
  as of 2025-06-02
  given question = licence_for_export, regime = cfr_text, eccn = "4E091", destination = "CN",
    transaction_kind = deemed_export, employer_headquarters = "GB",
    employee_is_permanent_regular = true
  expect no_licence_required by deemed_export_tier1_employees

example "2025-05-13 by default: the 4E091 licence requirement is not enforced"
  as of 2025-05-13
  given question = licence_for_export, eccn = "4E091", destination = "DE", transaction_kind = export
  expect cfr_licence_not_enforced by licence_4e091_enforcement_position

# -- Question 2b: licence for .a-type items --
example "under the CFR text 3A090.a to Russia needs a licence and no exception reaches it"
  as of 2026-03-02
  given question = licence_for_export, regime = cfr_text, eccn = "3A090.a", destination = "RU",
    transaction_kind = export, recipient_headquarters = "RU",
    recipient_ultimate_parent_headquarters = "RU", recipient_veu = no_veu,
    acm_activity = other_activity, item_not_for_datacenters = false
  expect licence_required by licence_a_type_worldwide

example "savings clause: en route on 2025-05-15 and completed by 2025-06-16"
  as of 2025-06-16
  given question = licence_for_export, regime = cfr_text, eccn = "3A090.a", destination = "IN",
    en_route_under_prior_authorization = true
  expect savings_clause_may_proceed by savings_clause

example "the savings clause is spent after 2025-06-16"
  as of 2025-06-17
  given question = licence_for_export, regime = cfr_text, eccn = "3A090.a", destination = "IN",
    en_route_under_prior_authorization = true, transaction_kind = export,
    recipient_headquarters = "IN", recipient_ultimate_parent_headquarters = "IN",
    recipient_veu = no_veu, acm_activity = other_activity, shipment_tpp = 30_000_000 TPP,
    lpp_prior_tpp = 0 TPP, lpp_prior_tpp_year = 2025,
    lpp_counted_toward_operating_entity = false, item_not_for_datacenters = false
  expect licence_required_tier2_allocation by a_type_tier2_allocation

example "a U.S.-headquartered UVEU with exactly 75 % in Tier 1, 7 % in one Tier 2 country, 50 % in the U.S."
  as of 2026-01-14
  given question = licence_for_export, regime = cfr_text, eccn = "3A090.a", destination = "SA",
    recipient_headquarters = "US", recipient_ultimate_parent_headquarters = "US",
    recipient_veu = uveu, veu_total_tpp = 1000 TPP, veu_tier1_tpp = 750 TPP,
    veu_largest_tier2_country_tpp = 70 TPP, veu_us_tpp = 500 TPP,
    veu_security_requirements_met = true
  expect authorized_uveu by uveu_a_type

example "from 2026-01-15 a UVEU must also meet paragraphs 14, 15 and 18 of Supplement No. 10"
  as of 2026-01-15
  given question = licence_for_export, regime = cfr_text, eccn = "3A090.a", destination = "SA",
    transaction_kind = export, recipient_headquarters = "US",
    recipient_ultimate_parent_headquarters = "US", recipient_veu = uveu,
    veu_total_tpp = 1000 TPP, veu_tier1_tpp = 750 TPP, veu_largest_tier2_country_tpp = 70 TPP,
    veu_us_tpp = 500 TPP, veu_security_requirements_met = true,
    veu_security_paragraphs_14_15_18_met = false, acm_activity = other_activity,
    item_not_for_datacenters = false
  expect licence_required_tier2_allocation by a_type_tier2_allocation

example "a UVEU with more than 7 % in one Tier 2 country is outside its conditions"
  as of 2025-09-01
  given question = licence_for_export, regime = cfr_text, eccn = "3A090.a", destination = "SA",
    transaction_kind = export, recipient_headquarters = "GB",
    recipient_ultimate_parent_headquarters = "GB", recipient_veu = uveu,
    veu_total_tpp = 1000 TPP, veu_tier1_tpp = 800 TPP, veu_largest_tier2_country_tpp = 71 TPP,
    veu_security_requirements_met = true, acm_activity = other_activity,
    item_not_for_datacenters = false
  expect licence_required_tier2_allocation by a_type_tier2_allocation

example "an NVEU authorized for Saudi Arabia, within its installed-base cap"
  as of 2025-09-01
  given question = licence_for_export, regime = cfr_text, eccn = "3A090.a", destination = "SA",
    recipient_veu = nveu, nveu_authorized_destination = "SA",
    nveu_within_installed_base_cap = true, veu_security_requirements_met = true
  expect authorized_nveu by nveu_a_type

example "AIA: 3A090.a of an approved designer to a German firm in Germany, certification submitted"
  as of 2025-09-01
  given question = licence_for_export, regime = cfr_text, eccn = "3A090.a", destination = "DE",
    recipient_headquarters = "DE", recipient_ultimate_parent_headquarters = "DE",
    recipient_veu = no_veu, designer_approved_or_authorized = true,
    aia_certification_submitted = true, used_to_train_4e091_model_for_non_tier1_entity = false
  expect licence_exception_aia by aia_a_type

example "AIA may not supply chips to train a 4E091 model for a non-Tier 1 entity"
  as of 2025-09-01
  given question = licence_for_export, regime = cfr_text, eccn = "3A090.a", destination = "DE",
    transaction_kind = export, recipient_headquarters = "DE",
    recipient_ultimate_parent_headquarters = "DE", recipient_veu = no_veu,
    designer_approved_or_authorized = true, aia_certification_submitted = true,
    used_to_train_4e091_model_for_non_tier1_entity = true, acm_activity = other_activity,
    shipment_tpp = 30_000_000 TPP, lpp_prior_tpp = 0 TPP, lpp_prior_tpp_year = 2025,
    lpp_counted_toward_operating_entity = false, item_not_for_datacenters = false
  expect licence_required by licence_a_type_worldwide

example "3A090.a from a designer neither approved nor authorized cannot use AIA"
  as of 2025-09-01
  given question = licence_for_export, regime = cfr_text, eccn = "3A090.a", destination = "DE",
    transaction_kind = transfer_in_country, recipient_headquarters = "DE",
    recipient_ultimate_parent_headquarters = "DE", recipient_veu = no_veu,
    designer_approved_or_authorized = false, designer_name = "Unlisted Chip Design GmbH",
    aia_certification_submitted = true, used_to_train_4e091_model_for_non_tier1_entity = false,
    acm_activity = other_activity, item_not_for_datacenters = false
  expect licence_required by licence_a_type_worldwide

example "4A090.a computers carry no designer condition under AIA"
  as of 2025-09-01
  given question = licence_for_export, regime = cfr_text, eccn = "4A090.a", destination = "JP",
    recipient_headquarters = "JP", recipient_ultimate_parent_headquarters = "JP",
    recipient_veu = no_veu, aia_certification_submitted = true,
    used_to_train_4e091_model_for_non_tier1_entity = false
  expect licence_exception_aia by aia_a_type

example "ACM: a private firm in Malaysia producing servers for customers in the U.S. and Germany"
  as of 2025-09-01
  given question = licence_for_export, regime = cfr_text, eccn = "4A090.a", destination = "MY",
    recipient_headquarters = "MY", recipient_ultimate_parent_headquarters = "MY",
    recipient_veu = no_veu, recipient_private_sector = true, acm_activity = production,
    onward_destinations = {"US", "DE"}
  expect licence_exception_acm by acm_a_type

example "ACM does not cover items ultimately destined to China"
  as of 2025-09-01
  given question = licence_for_export, regime = cfr_text, eccn = "4A090.a", destination = "MY",
    transaction_kind = export, recipient_headquarters = "MY",
    recipient_ultimate_parent_headquarters = "MY", recipient_veu = no_veu,
    recipient_private_sector = true, acm_activity = storage, onward_destinations = {"US", "CN"},
    onward_shipment_otherwise_authorized = false, shipment_tpp = 30_000_000 TPP,
    lpp_prior_tpp = 0 TPP, lpp_prior_tpp_year = 2025,
    lpp_counted_toward_operating_entity = false, item_not_for_datacenters = false
  expect licence_required_tier2_allocation by a_type_tier2_allocation

example "LPP: exactly 26,900,000 cumulative TPP in the calendar year is within the limit"
  as of 2025-09-01
  given question = licence_for_export, regime = cfr_text, eccn = "3A090.a", destination = "IN",
    transaction_kind = export, recipient_headquarters = "IN",
    recipient_ultimate_parent_headquarters = "IN", recipient_veu = no_veu,
    acm_activity = other_activity, lpp_prior_tpp = 26_000_000 TPP, lpp_prior_tpp_year = 2025,
    shipment_tpp = 900_000 TPP, lpp_counted_toward_operating_entity = false
  expect licence_exception_lpp by lpp_a_type

example "LPP: one TPP more than 26,900,000 in the calendar year is over the limit"
  as of 2025-09-01
  given question = licence_for_export, regime = cfr_text, eccn = "3A090.a", destination = "IN",
    transaction_kind = export, recipient_headquarters = "IN",
    recipient_ultimate_parent_headquarters = "IN", recipient_veu = no_veu,
    acm_activity = other_activity, lpp_prior_tpp = 26_000_000 TPP, lpp_prior_tpp_year = 2025,
    shipment_tpp = 900_001 TPP, lpp_counted_toward_operating_entity = false,
    item_not_for_datacenters = false
  expect licence_required_tier2_allocation by a_type_tier2_allocation

example "LPP: the limit is per calendar year, so a new year starts from zero"
  as of 2026-01-02
  given question = licence_for_export, regime = cfr_text, eccn = "3A090.a", destination = "IN",
    transaction_kind = reexport, recipient_headquarters = "IN",
    recipient_ultimate_parent_headquarters = "IN", recipient_veu = no_veu,
    acm_activity = other_activity, lpp_prior_tpp = 26_900_000 TPP, lpp_prior_tpp_year = 2025,
    shipment_tpp = 900_000 TPP, lpp_counted_toward_operating_entity = false
  expect licence_exception_lpp by lpp_a_type

example "LPP covers exports and reexports, not in-country transfers"
  as of 2025-09-01
  given question = licence_for_export, regime = cfr_text, eccn = "3A090.a", destination = "IN",
    transaction_kind = transfer_in_country, recipient_headquarters = "IN",
    recipient_ultimate_parent_headquarters = "IN", recipient_veu = no_veu,
    acm_activity = other_activity, lpp_prior_tpp = 0 TPP, lpp_prior_tpp_year = 2025,
    shipment_tpp = 100_000 TPP, lpp_counted_toward_operating_entity = false,
    item_not_for_datacenters = false
  expect licence_required_tier2_allocation by a_type_tier2_allocation

example "LPP pooling toward the operating entity's limit needs a Supp. 5(a)-headquartered consignee"
  as of 2025-09-01
  given question = licence_for_export, regime = cfr_text, eccn = "3A090.a", destination = "IN",
    transaction_kind = export, recipient_headquarters = "IN",
    recipient_ultimate_parent_headquarters = "IN", recipient_veu = no_veu,
    acm_activity = other_activity, lpp_prior_tpp = 0 TPP, lpp_prior_tpp_year = 2025,
    shipment_tpp = 100_000 TPP, lpp_counted_toward_operating_entity = true,
    item_not_for_datacenters = false
  expect licence_required_tier2_allocation by a_type_tier2_allocation

example "LPP pooling is open to a consignee headquartered in the United Kingdom"
  as of 2025-09-01
  given question = licence_for_export, regime = cfr_text, eccn = "3A090.a", destination = "IN",
    transaction_kind = export, recipient_headquarters = "GB",
    recipient_ultimate_parent_headquarters = "GB", recipient_veu = no_veu,
    acm_activity = other_activity, lpp_prior_tpp = 0 TPP, lpp_prior_tpp_year = 2025,
    shipment_tpp = 100_000 TPP, lpp_counted_toward_operating_entity = true
  expect licence_exception_lpp by lpp_a_type

example "ACA (reported): a non-datacenter chip of 4,800 TPP to India"
  as of 2025-09-01
  given question = licence_for_export, regime = cfr_text, eccn = "3A090.a", destination = "IN",
    transaction_kind = transfer_in_country, recipient_headquarters = "IN",
    recipient_ultimate_parent_headquarters = "IN", recipient_veu = no_veu,
    acm_activity = other_activity, item_not_for_datacenters = true, item_tpp = 4800 TPP
  expect licence_exception_aca by aca_non_datacenter_tier2

example "NAC after notification (reported): a non-datacenter chip to China"
  as of 2025-09-01
  given question = licence_for_export, regime = cfr_text, eccn = "3A090.a", destination = "CN",
    transaction_kind = export, recipient_headquarters = "CN",
    recipient_ultimate_parent_headquarters = "CN", recipient_veu = no_veu,
    acm_activity = other_activity, item_not_for_datacenters = true, item_tpp = 5000 TPP
  expect licence_exception_nac_notification by nac_non_datacenter_tier3

example "2026-01-14 under the CFR text: 3A090.a to China, presumption of denial"
  as of 2026-01-14
  given question = licence_for_export, regime = cfr_text, eccn = "3A090.a", destination = "CN",
    transaction_kind = export, recipient_headquarters = "CN",
    recipient_ultimate_parent_headquarters = "CN", recipient_veu = no_veu,
    acm_activity = other_activity, item_not_for_datacenters = false,
    chip_h200_class_or_less = true, chip_commercially_available_in_us = true,
    exporter_certifies_sufficient_us_supply = true,
    exporter_certifies_no_foundry_diversion = true,
    exporter_certifies_recipient_security = true,
    exporter_certifies_us_third_party_testing = true
  expect licence_required_presumption_of_denial by a_type_cfr_china_macau_denial

example "2026-01-15 under the CFR text: an H200 to China with the four certifications, case-by-case"
  as of 2026-01-15
  given question = licence_for_export, regime = cfr_text, eccn = "3A090.a", destination = "CN",
    transaction_kind = export, recipient_headquarters = "CN",
    recipient_ultimate_parent_headquarters = "CN", recipient_veu = no_veu,
    acm_activity = other_activity, item_not_for_datacenters = false,
    chip_h200_class_or_less = true, chip_commercially_available_in_us = true,
    exporter_certifies_sufficient_us_supply = true,
    exporter_certifies_no_foundry_diversion = true,
    exporter_certifies_recipient_security = true,
    exporter_certifies_us_third_party_testing = true
  expect licence_required_case_by_case by a_type_cfr_h200_case_by_case

example "before the compliance date: 3A090.a to Russia needs a licence under the pre-0113 scope"
  as of 2025-03-03
  given question = licence_for_export, eccn = "3A090.a", destination = "RU"
  expect licence_required by licence_a_type_before_compliance

example "before the compliance date: 3A090.a to China, presumption of denial"
  as of 2025-03-03
  given question = licence_for_export, eccn = "3A090.a", destination = "CN"
  expect licence_required_presumption_of_denial by a_type_before_compliance_china_macau_denial

example "before the compliance date: a Malaysian site of a Chinese-headquartered firm is in scope"
  as of 2025-03-03
  given question = licence_for_export, eccn = "3A090.a", destination = "MY",
    recipient_headquarters = "CN", recipient_ultimate_parent_headquarters = "CN"
  expect licence_required by licence_a_type_before_compliance

example "2025-05-12: 3A090.a to India, the worldwide requirement is not yet binding"
  as of 2025-05-12
  given question = licence_for_export, eccn = "3A090.a", destination = "IN",
    recipient_headquarters = "IN", recipient_ultimate_parent_headquarters = "IN"
  expect compliance_not_yet_required by a_type_compliance_not_yet_required

example "2025-05-13: 3A090.a to India under the default enforcement position, not enforced"
  as of 2025-05-13
  given question = licence_for_export, eccn = "3A090.a", destination = "IN",
    recipient_headquarters = "IN", recipient_ultimate_parent_headquarters = "IN"
  expect cfr_licence_not_enforced by a_type_not_enforced

example "the same India shipment under the CFR text in 2025-09 needs a licence"
  as of 2025-09-01
  given question = licence_for_export, regime = cfr_text, eccn = "3A090.a", destination = "IN",
    transaction_kind = export, recipient_headquarters = "IN",
    recipient_ultimate_parent_headquarters = "IN", recipient_veu = no_veu,
    acm_activity = other_activity, shipment_tpp = 30_000_000 TPP, lpp_prior_tpp = 0 TPP,
    lpp_prior_tpp_year = 2025, lpp_counted_toward_operating_entity = false,
    item_not_for_datacenters = false
  expect licence_required_tier2_allocation by a_type_tier2_allocation

example "under the enforcement position 3A090.a to Russia still needs a licence"
  as of 2025-06-02
  given question = licence_for_export, eccn = "3A090.a", destination = "RU"
  expect licence_required by licence_a_type_enforcement_position

example "under the enforcement position 3A090.a to China: presumption of denial"
  as of 2025-06-02
  given question = licence_for_export, eccn = "3A090.a", destination = "CN"
  expect licence_required_presumption_of_denial by a_type_enforced_china_macau_denial

example "under the enforcement position from 2026-01-15: an H200 to China, case-by-case"
  as of 2026-01-15
  given question = licence_for_export, regime = enforced, eccn = "3A090.a", destination = "CN",
    chip_h200_class_or_less = true, chip_commercially_available_in_us = true,
    exporter_certifies_sufficient_us_supply = true,
    exporter_certifies_no_foundry_diversion = true,
    exporter_certifies_recipient_security = true,
    exporter_certifies_us_third_party_testing = true
  expect licence_required_case_by_case by a_type_enforced_h200_case_by_case

example "Macau on 2026-01-15 without U.S. third-party testing keeps the presumption of denial"
  as of 2026-01-15
  given question = licence_for_export, eccn = "3A090.a", destination = "MO",
    chip_h200_class_or_less = true, chip_commercially_available_in_us = true,
    exporter_certifies_sufficient_us_supply = true,
    exporter_certifies_no_foundry_diversion = true,
    exporter_certifies_recipient_security = true,
    exporter_certifies_us_third_party_testing = false
  expect licence_required_presumption_of_denial by a_type_enforced_china_macau_denial

example "under the enforcement position a Chinese-headquartered firm in Malaysia still needs a licence"
  as of 2026-06-01
  given question = licence_for_export, eccn = "3A090.a", destination = "MY",
    recipient_headquarters = "SG", recipient_ultimate_parent_headquarters = "CN"
  expect licence_required by licence_a_type_enforcement_position

# -- Question 2c: licence for .b-type items --
example "3A090.b to Russia needs a licence under the enforcement position"
  as of 2026-03-02
  given question = licence_for_export, eccn = "3A090.b", destination = "RU"
  expect licence_required by licence_b_type

example "3A090.b to Russia needs a licence under the CFR text too"
  as of 2026-03-02
  given question = licence_for_export, regime = cfr_text, eccn = "3A090.b", destination = "RU",
    recipient_veu = no_veu, acm_activity = other_activity
  expect licence_required by licence_b_type

example "the UAE is named in the .b-type scope"
  as of 2026-03-02
  given question = licence_for_export, eccn = "4A090.b", destination = "AE"
  expect licence_required by licence_b_type

example "3A090.b to India needs no licence"
  as of 2026-03-02
  given question = licence_for_export, eccn = "3A090.b", destination = "IN"
  expect no_licence_required by b_type_outside_scope

example "Israel is in D:4 but also A:6, so 3A090.b needs no licence"
  as of 2025-09-01
  given question = licence_for_export, regime = cfr_text, eccn = "3A090.b", destination = "IL"
  expect no_licence_required by b_type_outside_scope

example "2026-01-14: 3A090.b to China, presumption of denial"
  as of 2026-01-14
  given question = licence_for_export, eccn = "3A090.b", destination = "CN",
    chip_h200_class_or_less = true, chip_commercially_available_in_us = true,
    exporter_certifies_sufficient_us_supply = true,
    exporter_certifies_no_foundry_diversion = true,
    exporter_certifies_recipient_security = true,
    exporter_certifies_us_third_party_testing = true
  expect licence_required_presumption_of_denial by b_type_china_macau_denial

example "2026-01-15: a less advanced chip to China with the four certifications, case-by-case"
  as of 2026-01-15
  given question = licence_for_export, eccn = "3A090.b", destination = "CN",
    chip_h200_class_or_less = true, chip_commercially_available_in_us = true,
    exporter_certifies_sufficient_us_supply = true,
    exporter_certifies_no_foundry_diversion = true,
    exporter_certifies_recipient_security = true,
    exporter_certifies_us_third_party_testing = true
  expect licence_required_case_by_case by b_type_h200_case_by_case

example "ACM for 4A090.b: a private firm in Saudi Arabia storing servers for customers in France"
  as of 2025-09-01
  given question = licence_for_export, regime = cfr_text, eccn = "4A090.b", destination = "SA",
    recipient_veu = no_veu, recipient_private_sector = true, acm_activity = storage,
    onward_destinations = {"FR"}
  expect licence_exception_acm by acm_b_type

example "a UVEU in Saudi Arabia receiving 3A090.b"
  as of 2025-09-01
  given question = licence_for_export, regime = cfr_text, eccn = "3A090.b", destination = "SA",
    recipient_headquarters = "FR", recipient_ultimate_parent_headquarters = "FR",
    recipient_veu = uveu, veu_total_tpp = 1000 TPP, veu_tier1_tpp = 900 TPP,
    veu_largest_tier2_country_tpp = 50 TPP, veu_security_requirements_met = true
  expect authorized_uveu by uveu_b_type

example "an NVEU in the UAE receiving 4A090.b"
  as of 2025-09-01
  given question = licence_for_export, regime = cfr_text, eccn = "4A090.b", destination = "AE",
    recipient_veu = nveu, nveu_authorized_destination = "AE",
    nveu_within_installed_base_cap = true, veu_security_requirements_met = true
  expect authorized_nveu by nveu_b_type

example "an ECCN outside the 0113 families: no provision of this rule applies"
  as of 2025-09-01
  given question = licence_for_export, regime = cfr_text, eccn = "5A002.a", destination = "CN"
  expect outside_rule_0113 by default

# -- Question 3: may this provider train this customer's model? --
example "AIA-received chips may not train a 4E091 model for a Singapore-headquartered customer"
  as of 2025-03-03
  given question = iaas_training, base_training_operations = 1.2e26 operations,
    additional_training_operations = 0 operations,
    generated_data_training_operations = 0 operations, derived_from_published_model = false,
    frontier_figure_established = false, customer_headquarters = "SG",
    customer_ultimate_parent_headquarters = "SG", customer_location = "SG",
    provider_compute_received_under_aia = true
  expect iaas_not_on_aia_compute by iaas_aia_training_bar

example "the AIA training bar also covers a U.S.-headquartered customer located outside Tier 1"
  as of 2025-09-01
  given question = iaas_training, regime = cfr_text, base_training_operations = 1.2e26 operations,
    additional_training_operations = 0 operations,
    generated_data_training_operations = 0 operations, derived_from_published_model = false,
    frontier_figure_established = false, customer_headquarters = "US",
    customer_ultimate_parent_headquarters = "US", customer_location = "SG",
    provider_compute_received_under_aia = true
  expect iaas_not_on_aia_compute by iaas_aia_training_bar

example "a VEU facility may not train a 4E091 model for an Indian-headquartered customer (reported)"
  as of 2025-09-01
  given question = iaas_training, regime = cfr_text, base_training_operations = 1.2e26 operations,
    additional_training_operations = 0 operations,
    generated_data_training_operations = 0 operations, derived_from_published_model = false,
    frontier_figure_established = false, customer_headquarters = "IN",
    customer_ultimate_parent_headquarters = "IN", customer_location = "IN",
    provider_compute_received_under_aia = false, provider_facility_is_veu = true
  expect iaas_not_on_veu_compute by iaas_veu_training_condition

example "Red Flag 28: ask a non-Tier 1 customer whether it intends to export the model"
  as of 2025-09-01
  given question = iaas_training, regime = cfr_text, base_training_operations = 1.2e26 operations,
    additional_training_operations = 0 operations,
    generated_data_training_operations = 0 operations, derived_from_published_model = false,
    frontier_figure_established = false, customer_headquarters = "IN",
    customer_ultimate_parent_headquarters = "IN", customer_location = "IN",
    provider_compute_received_under_aia = false, provider_facility_is_veu = false
  expect iaas_red_flag_ask_export_intent by iaas_red_flag_28

example "Red Flag 28: the customer intends to export, so a licence must come first"
  as of 2025-09-01
  given question = iaas_training, regime = cfr_text, base_training_operations = 1.2e26 operations,
    additional_training_operations = 0 operations,
    generated_data_training_operations = 0 operations, derived_from_published_model = false,
    frontier_figure_established = false, customer_headquarters = "IN",
    customer_ultimate_parent_headquarters = "IN", customer_location = "IN",
    provider_compute_received_under_aia = false, provider_facility_is_veu = false,
    customer_intends_to_export_weights = true
  expect iaas_licence_before_export by iaas_red_flag_export_intended

example "Red Flag 28: the customer says it will not export the model"
  as of 2025-09-01
  given question = iaas_training, regime = cfr_text, base_training_operations = 1.2e26 operations,
    additional_training_operations = 0 operations,
    generated_data_training_operations = 0 operations, derived_from_published_model = false,
    frontier_figure_established = false, customer_headquarters = "IN",
    customer_ultimate_parent_headquarters = "IN", customer_location = "IN",
    provider_compute_received_under_aia = false, provider_facility_is_veu = false,
    customer_intends_to_export_weights = false
  expect iaas_may_proceed_no_export_intent by iaas_red_flag_no_export_intent

example "Red Flag 28 looks at the ultimate parent too"
  as of 2025-09-01
  given question = iaas_training, regime = cfr_text, base_training_operations = 1.2e26 operations,
    additional_training_operations = 0 operations,
    generated_data_training_operations = 0 operations, derived_from_published_model = false,
    frontier_figure_established = false, customer_headquarters = "GB",
    customer_ultimate_parent_headquarters = "AE", customer_location = "GB",
    provider_compute_received_under_aia = false, provider_facility_is_veu = false
  expect iaas_red_flag_ask_export_intent by iaas_red_flag_28

example "a French-headquartered customer raises no red flag"
  as of 2025-09-01
  given question = iaas_training, regime = cfr_text, base_training_operations = 1.2e26 operations,
    additional_training_operations = 0 operations,
    generated_data_training_operations = 0 operations, derived_from_published_model = false,
    frontier_figure_established = false, customer_headquarters = "FR",
    customer_ultimate_parent_headquarters = "FR", customer_location = "FR",
    provider_compute_received_under_aia = true, provider_facility_is_veu = true
  expect iaas_no_red_flag by iaas_customer_in_tier1

example "training below 10^26 operations raises no red flag"
  as of 2025-09-01
  given question = iaas_training, regime = cfr_text, base_training_operations = 5e25 operations,
    additional_training_operations = 1e24 operations,
    generated_data_training_operations = 0 operations, customer_headquarters = "IN",
    customer_ultimate_parent_headquarters = "IN", customer_location = "IN",
    provider_compute_received_under_aia = true
  expect iaas_no_red_flag by iaas_model_below_4e091

example "2025-05-12: a Chinese customer's small model raises no red flag"
  as of 2025-05-12
  given question = iaas_training, base_training_operations = 5e25 operations,
    additional_training_operations = 0 operations,
    generated_data_training_operations = 0 operations, customer_headquarters = "CN",
    customer_ultimate_parent_headquarters = "CN"
  expect iaas_no_red_flag by iaas_model_below_4e091

example "2025-05-13: BIS guidance on training Chinese AI models calls for enhanced diligence"
  as of 2025-05-13
  given question = iaas_training, base_training_operations = 5e25 operations,
    additional_training_operations = 0 operations,
    generated_data_training_operations = 0 operations, customer_headquarters = "CN",
    customer_ultimate_parent_headquarters = "CN"
  expect iaas_enhanced_diligence_china_guidance by iaas_china_training_guidance

example "under the CFR text a Chinese customer's 4E091-scale run raises Red Flag 28"
  as of 2025-09-01
  given question = iaas_training, regime = cfr_text, base_training_operations = 1.2e26 operations,
    additional_training_operations = 0 operations,
    generated_data_training_operations = 0 operations, derived_from_published_model = false,
    frontier_figure_established = false, customer_headquarters = "CN",
    customer_ultimate_parent_headquarters = "CN", customer_location = "CN",
    provider_compute_received_under_aia = false, provider_facility_is_veu = false
  expect iaas_red_flag_ask_export_intent by iaas_red_flag_28

example "under the enforcement position a Chinese customer's 4E091-scale run calls for enhanced diligence"
  as of 2025-09-01
  given question = iaas_training, base_training_operations = 1.2e26 operations,
    additional_training_operations = 0 operations,
    generated_data_training_operations = 0 operations, derived_from_published_model = false,
    frontier_figure_established = false, customer_headquarters = "CN",
    customer_ultimate_parent_headquarters = "CN", customer_location = "CN",
    provider_compute_received_under_aia = true
  expect iaas_enhanced_diligence_china_guidance by iaas_china_training_guidance

example "under the enforcement position Red Flag 28's status is unclear, even on AIA compute"
  as of 2025-09-01
  given question = iaas_training, base_training_operations = 1.2e26 operations,
    additional_training_operations = 0 operations,
    generated_data_training_operations = 0 operations, derived_from_published_model = false,
    frontier_figure_established = false, customer_headquarters = "SG",
    customer_ultimate_parent_headquarters = "SG", customer_location = "SG",
    provider_compute_received_under_aia = true
  expect iaas_red_flag_status_unclear by iaas_red_flag_status_unclear

# -- Question 4: does the FDP rule reach these foreign-produced weights? --
example "weights trained in the United States need no foreign direct product rule"
  as of 2025-09-01
  given question = fdp_model_weights, regime = cfr_text, weights_produced_outside_us = false
  expect fdp_not_foreign_produced by fdp_weights_not_foreign_produced

example "foreign weights trained with fewer than 10^26 operations are outside the FDP rule"
  as of 2025-09-01
  given question = fdp_model_weights, regime = cfr_text, weights_produced_outside_us = true,
    base_training_operations = 3e25 operations, additional_training_operations = 0 operations,
    generated_data_training_operations = 0 operations
  expect fdp_not_4e091 by fdp_weights_not_4e091

example "foreign 4E091 weights from a plant that is not a U.S. direct product are not reached"
  as of 2025-09-01
  given question = fdp_model_weights, regime = cfr_text, weights_produced_outside_us = true,
    base_training_operations = 2e26 operations, additional_training_operations = 0 operations,
    generated_data_training_operations = 0 operations, weights_published = false,
    derived_from_published_model = false, frontier_figure_established = false,
    produced_by_us_derived_plant = false
  expect fdp_plant_not_us_derived by fdp_plant_not_us_derived_rule

example "foreign 4E091 weights trained on a cluster of U.S.-technology 3A090 chips, CFR text"
  as of 2025-09-01
  given question = fdp_model_weights, regime = cfr_text, weights_produced_outside_us = true,
    base_training_operations = 2e26 operations, additional_training_operations = 0 operations,
    generated_data_training_operations = 0 operations, weights_published = false,
    derived_from_published_model = false, frontier_figure_established = false,
    produced_by_us_derived_plant = true, training_hardware_eccns = {"3A090", "4A090"}
  expect fdp_licence_required by fdp_model_weights_cfr_text

example "producing hardware outside the reported ECCN list leaves the FDP scope unconfirmed"
  as of 2025-09-01
  given question = fdp_model_weights, regime = cfr_text, weights_produced_outside_us = true,
    base_training_operations = 2e26 operations, additional_training_operations = 0 operations,
    generated_data_training_operations = 0 operations, weights_published = false,
    derived_from_published_model = false, frontier_figure_established = false,
    produced_by_us_derived_plant = true, training_hardware_eccns = {"4A994"}
  expect fdp_scope_unconfirmed by fdp_hardware_outside_reported_list

example "before 2025-05-15 compliance with the FDP rule for weights is not yet required"
  as of 2025-03-03
  given question = fdp_model_weights, weights_produced_outside_us = true,
    base_training_operations = 2e26 operations, additional_training_operations = 0 operations,
    generated_data_training_operations = 0 operations, weights_published = false,
    derived_from_published_model = false, frontier_figure_established = false,
    produced_by_us_derived_plant = true
  expect compliance_not_yet_required by fdp_model_weights_before_compliance

example "under the enforcement position the FDP rule for weights is not enforced"
  as of 2025-09-01
  given question = fdp_model_weights, weights_produced_outside_us = true,
    base_training_operations = 2e26 operations, additional_training_operations = 0 operations,
    generated_data_training_operations = 0 operations, weights_published = false,
    derived_from_published_model = false, frontier_figure_established = false,
    produced_by_us_derived_plant = true
  expect cfr_licence_not_enforced by fdp_model_weights_not_enforced
