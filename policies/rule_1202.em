# The 1202 rule: foreign direct product rule additions and refinements to the controls on
# advanced computing and semiconductor manufacturing items (89 FR 96790), with the
# Entity List footnote-5 package published with it. Encoded from shared/reference/
# rule-1202.md, lists.md and amendments.md. Every rule and definition carries the
# provision it encodes and the grade of its source: P primary text seen, T CFR wording
# seen in a copy, S secondary (UNCONFIRMED), I inference (UNCONFIRMED).
#
# One policy answers four questions; the fact `question` picks one, and every rule's
# condition starts with it, so rules for different questions never compete:
#   tool_subject_to_ear        is this foreign-made item subject to the EAR under the
#                              SME / footnote-5 FDP rules or their de minimis rules?
#   licence_for_shipment       does this shipment to this party need a licence?
#   restricted_end_use_at_fab  is this a restricted end use under 15 CFR 744.23?
#   us_person_support          may this U.S. person do this work (15 CFR 744.6(c))?
# Within one question, higher `priority` decides when several rules apply.
#
# Item classifications are written as a set holding every level that contains the item:
# the product group, the ECCN and each paragraph down to the one that describes it, e.g.
# {"3B", "3B001", "3B001.f", "3B001.f.1", "3B001.f.1.b", "3B001.f.1.b.2"}; {"EAR99"} for
# an EAR99 item. The language has no prefix match, so this is how "3B001 except ..." and
# "Category 3 product groups B to E" are tested.
#
# Dates: the rules apply from the effective date, 2024-12-02. The compliance date
# (2024-12-31 for most provisions, UNCONFIRMED) is kept apart and does not change an
# outcome; the explanations of the rules for the new requirements say whether
# compliance was required on the evaluation date. Each question ends in its own
# lowest-priority rule, so the policy default is never reached.
# The DRAM prong of "advanced-node integrated circuits" uses the reported (UNCONFIRMED, S)
# figures unless you answer it yourself (dram_advanced_node_stated).
policy rule_1202
  title
    en "Foreign-Produced Direct Product Rule Additions, and Refinements to Controls for Advanced Computing and Semiconductor Manufacturing Items"
    zh "外国直接产品规则的增补，以及对先进计算和半导体制造物项管制的完善"
  source "89 FR 96790 (FR Doc 2024-28270, RIN 0694-AJ74)" grade P
  effective 2024-12-02 grade P
  compliance 2024-12-31 grade S
    note "UNCONFIRMED: the FR DATES section has a separate compliance paragraph (P) whose dates were cut off in every copy; 2024-12-31 for most provisions (new FDP rules, footnote-5 licence requirements) and 2024-12-02 for red flags, licence exceptions and temporary general licences are from Covington, Baker McKenzie and Holland & Knight (S)"
  default no_encoded_provision_applies

import "lists/us_lists.em"

# ---- outcomes: is this foreign-made item subject to the EAR? ---------------------
outcome subject_to_ear_footnote_5_fdp
  en "subject to the EAR under the footnote-5 foreign direct product rule"
  zh "依脚注5外国直接产品规则(FDP规则)属于受EAR管控的物项"

outcome subject_to_ear_no_de_minimis
  en "subject to the EAR: there is no de minimis level for this item, which contains a U.S.-origin IC"
  zh "属于受EAR管控的物项：该物项含有美国原产集成电路，不适用最低限度规则 (de minimis)"

outcome subject_to_ear_sme_fdp
  en "subject to the EAR under the semiconductor manufacturing equipment foreign direct product rule"
  zh "依半导体制造设备外国直接产品规则(FDP规则)属于受EAR管控的物项"

outcome sme_fdp_excluded_supp4_exporter
  en "within the SME FDP rule, but its licence requirement does not reach this item: it is exported from abroad by an entity located in a Supplement No. 4 to part 742 country"
  zh "属于半导体制造设备FDP规则范围，但其许可证要求不及于该物项：该物项由位于第742部分补编4所列国家的实体从境外出口"

outcome red_flag_ic_lineage_unresolved
  en "red flag: the item contains an IC whose origin has not been resolved, so the FDP product scope may be met; resolve it before proceeding"
  zh "危险信号：该物项含有来源尚未查明的集成电路，可能满足FDP产品范围；须在继续交易前查明"

outcome not_subject_via_1202_fdp
  en "not made subject to the EAR by the 1202 rule's FDP or de minimis rules (other routes, such as other FDP rules or the ordinary de minimis levels, are not assessed here)"
  zh "1202规则的FDP规则或最低限度规则不使该物项受EAR管控（其他途径，如其他FDP规则或一般最低限度比例，本政策未作评估）"

# ---- outcomes: does this shipment need a licence? --------------------------------
outcome licence_required_footnote_5
  en "a licence is required: a party is an Entity List entity with footnote 5 (all items subject to the EAR)"
  zh "需要许可证：一方为带脚注5的实体清单实体（受EAR管控的所有物项）"

outcome licence_exception_rff_available
  en "License Exception RFF (15 CFR 740.26) is available for this item to this restricted fabrication facility"
  zh "该物项出口至该受限制造设施可适用RFF许可例外（15 CFR 740.26）"

outcome licence_required_footnote_5_affiliate
  en "a licence is required: the party is 50 % or more owned by a footnote-5 entity and the affiliates rule is in effect"
  zh "需要许可证：该方50%或以上的股权由脚注5实体持有，且关联方规则正在生效"

outcome licence_required_744_23_headquarters
  en "a licence is required: an advanced computing item for an entity headquartered, or with its ultimate parent headquartered, in Macau or Country Group D:5"
  zh "需要许可证：先进计算物项用于总部位于或最终母公司总部位于澳门或国家组D:5的实体"

outcome licence_required_3a090c
  en "a licence is required: 3A090.c high-bandwidth memory to Macau or Country Group D:5"
  zh "需要许可证：向澳门或国家组D:5出口3A090.c高带宽存储器 (HBM)"

outcome licence_exception_hbm_available
  en "License Exception HBM (15 CFR 740.25) is available for this 3A090.c high-bandwidth memory"
  zh "该3A090.c高带宽存储器 (HBM)可适用HBM许可例外（15 CFR 740.25）"

outcome licence_required_macau_d5_sme
  en "a licence is required: an item of the Macau/D:5 SME set to Macau or Country Group D:5"
  zh "需要许可证：向澳门或国家组D:5出口澳门/D:5半导体制造设备集合中的物项"

outcome no_licence_required_supp4_exporter
  en "no licence is required under the SME FDP licence requirement: the foreign-made item is exported from abroad by an entity located in a Supplement No. 4 to part 742 country"
  zh "无需许可证 (NLR)：该外国制造物项由位于第742部分补编4所列国家的实体从境外出口，半导体制造设备FDP规则的许可证要求不及于该物项"

outcome licence_required_742_6_a_11
  en "a licence is required: an item in 3B993, 3B994, 3D993, 3D994, 3E993 or 3E994 to a destination that 15 CFR 742.6(a)(11) covers"
  zh "需要许可证：向15 CFR 742.6(a)(11)所涵盖的目的地出口3B993、3B994、3D993、3D994、3E993或3E994物项"

outcome licence_required_744_11_footnote_5_fdp
  en "a licence is required: a foreign-made item within the footnote-5 FDP rule, for a footnote-5 entity's items or an advanced-node facility in Macau or Country Group D:5"
  zh "需要许可证：属于脚注5 FDP规则范围的外国制造物项，用于脚注5实体的物项或澳门或国家组D:5的先进节点设施"

outcome no_1202_licence_requirement
  en "no licence requirement of the 1202 rule's provisions encoded here applies (the Commerce Country Chart and other parts of the EAR are not assessed)"
  zh "本政策所编码的1202规则条款均不要求许可证（商业国家列表及EAR其他部分未作评估）"

# ---- outcomes: end-use controls (15 CFR 744.23) ----------------------------------
outcome licence_required_744_23_supercomputer
  en "a licence is required: a supercomputer end use in Macau or Country Group D:5"
  zh "需要许可证：位于澳门或国家组D:5的超级计算机最终用途"

outcome licence_required_744_23_unknown_node_fab
  en "a licence is required: IC development or production at a facility in Macau or Country Group D:5 where it is not known whether advanced-node ICs are produced"
  zh "需要许可证：在澳门或国家组D:5的、不知是否生产先进节点集成电路的设施中开发或生产集成电路"

outcome licence_required_744_23_advanced_node_fab
  en "a licence is required: IC development or production at a facility in Macau or Country Group D:5 where advanced-node ICs are produced"
  zh "需要许可证：在澳门或国家组D:5的生产先进节点集成电路的设施中开发或生产集成电路"

outcome authorized_under_veu
  en "the export is authorized under the facility's Validated End-User authorization"
  zh "该出口已获该设施经验证最终用户 (VEU)授权许可"

outcome licence_required_744_23_ecad_tcad
  en "a licence is required: ECAD or TCAD software or technology to design an advanced-node IC to be produced in Macau or Country Group D:5"
  zh "需要许可证：用于设计将在澳门或国家组D:5生产的先进节点集成电路的ECAD或TCAD软件或技术"

outcome licence_required_744_23_sme_development
  en "a licence is required: an item for the development or production of semiconductor manufacturing equipment (Macau or D:5 destination, or a developer headquartered there)"
  zh "需要许可证：用于开发或生产半导体制造设备的物项（目的地为澳门或D:5，或开发者总部位于该处）"

outcome not_production_back_end_exclusion
  en "no 744.23 restriction: back-end steps (assembly, test, packaging) that do not change the technology level are not 'production'"
  zh "不受744.23限制：不改变技术水平的后道工序（封装、测试、包装）不属于“生产”"

outcome no_744_23_restriction
  en "no end-use restriction of 15 CFR 744.23 encoded here applies"
  zh "本政策所编码的15 CFR 744.23最终用途限制均不适用"

# ---- outcomes: U.S.-person restrictions (15 CFR 744.6(c)) -------------------------
outcome licence_required_744_6_us_person_support
  en "a licence is required: a U.S. person may not 'support' IC development or production at an advanced-node facility in Macau or Country Group D:5"
  zh "需要许可证：美国人不得为澳门或国家组D:5的先进节点设施的集成电路开发或生产提供“支持”"

outcome reported_744_6_exclusion_unconfirmed
  en "the activity falls within an exclusion reported for 15 CFR 744.6(c); the exclusion is UNCONFIRMED (not seen in any source): verify it before relying on it"
  zh "该活动属于据报道的15 CFR 744.6(c)排除情形；该排除情形未经核实（未见于任何来源）：依赖前须核实"

outcome licence_required_744_6_us_person_transfer
  en "a licence is required: a U.S. person may not ship, transmit or transfer this item not subject to the EAR for IC development or production at an advanced-node facility in Macau or Country Group D:5"
  zh "需要许可证：美国人不得为澳门或国家组D:5的先进节点设施的集成电路开发或生产运送、传输或转移该不受EAR管控的物项"

outcome no_744_6_restriction
  en "no U.S.-person restriction of 15 CFR 744.6(c) encoded here applies"
  zh "本政策所编码的15 CFR 744.6(c)美国人限制均不适用"

outcome no_encoded_provision_applies
  en "none of the encoded provisions of the 1202 rule applies"
  zh "1202规则中已编码的条款均不适用"

# ---- facts: the question and the item --------------------------------------------
fact question : enum(tool_subject_to_ear, licence_for_shipment, restricted_end_use_at_fab, us_person_support)
  en "the question asked: is this foreign-made item subject to the EAR; does this shipment need a licence; is this a restricted end use at this fab (744.23); may this U.S. person do this work (744.6)"
  zh "所问问题：该外国制造物项是否受EAR管控；该批货物是否需要许可证；是否属于该晶圆厂的受限最终用途（744.23）；该美国人可否从事该工作（744.6）"

fact item_classification : optional set of text
  en "the item's classification as every level that contains it: product group, ECCN and each paragraph down to the one describing it (e.g. {\"3B\", \"3B001\", \"3B001.c\"}); {\"EAR99\"} for EAR99"
  zh "物项的分类，列出包含它的每一层级：产品组、出口管制分类编号 (ECCN)及直至描述该物项的各项（如{\"3B\", \"3B001\", \"3B001.c\"}）；EAR99物项填{\"EAR99\"}"

fact item_subject_to_ear : optional bool
  en "the item is subject to the EAR (for a foreign-made item, ask question tool_subject_to_ear first)"
  zh "该物项为受EAR管控的物项（外国制造物项请先问tool_subject_to_ear问题）"

fact item_foreign_made : optional bool
  en "the item was made outside the United States"
  zh "该物项在美国境外制造"

fact direct_product_of : optional set of text
  en "ECCNs of the U.S.-origin software or technology of which the item is a direct product ({} if none)"
  zh "该物项作为其直接产品的美国原产软件或技术的ECCN（无则填{}）"

fact plant_direct_product_of : optional set of text
  en "ECCNs of the U.S.-origin software or technology of which the plant (or a major component of the plant) that made the item is a direct product ({} if none)"
  zh "生产该物项的工厂（或工厂主要部件）作为其直接产品的美国原产软件或技术的ECCN（无则填{}）"

fact contained_commodity_plant_direct_product_of : optional set of text
  en "ECCNs of the U.S.-origin software or technology of which the plant that made a commodity contained in the item (e.g. an IC) is a direct product ({} if none; leave unknown while unresolved)"
  zh "生产该物项所含商品（如集成电路）的工厂作为其直接产品的美国原产软件或技术的ECCN（无则填{}；尚未查明则留作未知）"

fact contains_ic : optional bool
  en "the item contains at least one integrated circuit"
  zh "该物项含有至少一个集成电路"

fact contains_us_origin_ic : optional bool
  en "the item contains a U.S.-origin integrated circuit"
  zh "该物项含有美国原产集成电路"

fact memory_item_kind : optional enum(dram_or_hbm_stack, hbm_with_control_interface_logic, processing_ic_with_hbm, not_dram)
  en "for memory: DRAM or an HBM stack (JEDEC-conformant or not); HBM permanently attached to a logic IC designed as a control interface with a PHY function; a co-packaged IC combining HBM and logic whose dominant function is processing; or not DRAM"
  zh "存储器类型：DRAM或HBM堆栈（无论是否符合JEDEC标准）；永久连接到设计为具有PHY功能的控制接口的逻辑集成电路上的HBM；主要功能为处理的HBM与逻辑共封装集成电路；或非DRAM"

fact memory_bandwidth_density : optional decimal [GBps_per_mm2]
  en "'memory bandwidth density': bandwidth in GB/s divided by the package or stack area in mm2 (for a stack inside a package, the packaged device's bandwidth and the package area)"
  zh "“存储带宽密度”：带宽（GB/s）除以封装或堆栈面积（mm2）（封装内的堆栈按封装器件的带宽和封装面积计算）"

fact hbm_exception_conditions_met : optional bool
  en "every condition of License Exception HBM in 15 CFR 740.25 other than the density limit is met (the conditions are UNCONFIRMED in the reference: read 740.25)"
  zh "除密度限值外，15 CFR 740.25 HBM许可例外的全部条件均已满足（参考资料中这些条件未经核实：请阅读740.25）"

# ---- facts: places and parties ---------------------------------------------------
fact destination : optional country
  en "the country of destination of the item"
  zh "该物项的目的地国家或地区"

fact exporting_entity_country : optional country
  en "the country where the entity exporting the item from abroad is located"
  zh "从境外出口该物项的实体所在的国家或地区"

fact exporting_entity_country_in_supp4_742 : optional bool
  en "whether Supplement No. 4 to part 742 lists that country (needed only for countries other than those confirmed in or out: check the current supplement)"
  zh "第742部分补编4是否列有该国（仅对未经确认列入或未列入的国家需要回答：请查阅现行补编）"

fact party_name : optional text
  en "the name of a party to the transaction (purchaser, intermediate or ultimate consignee, end user, or the facility's operator); ask once per party"
  zh "交易一方的名称（买方、中间或最终收货人、最终用户或设施运营方）；每一方分别询问"

fact party_owner_name : optional text
  en "the name of an entity owning, directly or indirectly, 50 % or more of that party (\"\" if none)"
  zh "直接或间接持有该方50%或以上股权的实体名称（无则填\"\"）"

fact party_headquarters : optional country
  en "the country where that party is headquartered"
  zh "该方总部所在国家或地区"

fact party_ultimate_parent_headquarters : optional country
  en "the country where that party's ultimate parent is headquartered (its own headquarters if it has no parent)"
  zh "该方最终母公司总部所在国家或地区（无母公司时为其自身总部所在地）"

fact for_footnote_5_entity_items : optional bool
  en "knowledge that the item will be incorporated into, or used in the development or production of, any part, component or equipment produced, bought or ordered by a footnote-5 entity"
  zh "知悉该物项将被并入脚注5实体生产、购买或订购的任何零件、部件或设备，或用于其开发或生产"

fact facility_involved : optional bool
  en "knowledge that the item will go into items made, bought or ordered by an entity at the facility described below, or that the facility or such an entity is a party"
  zh "知悉该物项将用于下述设施中的实体所生产、购买或订购的物项，或该设施或该实体为交易一方"

# ---- facts: the facility and its integrated circuits -----------------------------
fact facility_country : optional country
  en "the country of the facility where the ICs are (or will be) produced"
  zh "生产（或将生产）该集成电路的设施所在国家或地区"

fact ic_types : optional set of enum(logic_ic, nand_ic, dram_ic, other_ic)
  en "the kinds of IC concerned: those the facility produces, or for ECAD/TCAD the IC being designed"
  zh "所涉集成电路的种类：该设施生产的集成电路，或就ECAD/TCAD而言所设计的集成电路"

fact logic_node : optional decimal [nm]
  en "the most advanced 'production' technology node of those logic ICs, in nanometres (16 for the 16/14 nm node)"
  zh "上述逻辑集成电路最先进的“生产”技术节点（纳米；16/14纳米节点记为16）"

fact logic_non_planar : optional bool
  en "those logic ICs use a non-planar transistor architecture (e.g. FinFET or GAAFET)"
  zh "上述逻辑集成电路采用非平面晶体管结构（如FinFET或GAAFET）"

fact nand_layers : optional integer [layers]
  en "the largest number of layers of those NAND memory ICs"
  zh "上述NAND存储集成电路的最大层数"

fact dram_cell_area : optional decimal [um2]
  en "the smallest memory cell area of those DRAM ICs, in square micrometres"
  zh "上述DRAM集成电路的最小存储单元面积（平方微米）"

fact dram_density : optional decimal [Gb_per_mm2]
  en "the highest memory density of those DRAM ICs, in gigabits per square millimetre"
  zh "上述DRAM集成电路的最高存储密度（吉比特/平方毫米）"

fact dram_advanced_node_stated : optional bool
  en "your own reading of the DRAM prong of the 772.1 'advanced-node integrated circuits' definition for those DRAM ICs; when unknown the reported (UNCONFIRMED) figures are applied"
  zh "您依772.1“先进节点集成电路”定义中DRAM部分对上述DRAM集成电路的判断；未知时适用据报道（未经核实）的数值"

fact veu_authorization_covers_export : optional bool
  en "a Validated End-User (VEU) authorization of the facility covers this export"
  zh "该设施的经验证最终用户 (VEU)授权涵盖本次出口"

# ---- facts: end use ---------------------------------------------------------------
fact end_uses : optional set of enum(ic_development_or_production, back_end_assembly_test_packaging, ic_design, sme_development_or_production, supercomputer_use, other_end_use)
  en "what the item is for, as known to you: IC development or production; only back-end assembly, test or packaging that does not change the technology level; IC design; development or production of SME; a supercomputer (772.1); something else"
  zh "据您所知该物项的用途：集成电路开发或生产；仅限不改变技术水平的后道封装、测试或包装；集成电路设计；半导体制造设备开发或生产；超级计算机（772.1）；其他"

fact item_is_ecad_or_tcad : optional bool
  en "the item is ECAD or TCAD software or technology"
  zh "该物项为ECAD或TCAD软件或技术"

fact developed_sme_classification : optional set of text
  en "for SME development or production: the classification, level by level, of the equipment being developed or produced"
  zh "就半导体制造设备开发或生产而言：所开发或生产设备的逐级分类"

fact developed_item_is_associated_cat3_d_e : optional bool
  en "the item being developed or produced is Category 3 D or E software or technology associated with that equipment"
  zh "所开发或生产的物项为与该设备相关的第3类D或E组软件或技术"

fact destination_in_742_6_a_11_scope : optional bool
  en "15 CFR 742.6(a)(11) requires a licence for this destination (its text was not seen, UNCONFIRMED: read 742.6(a)(11))"
  zh "15 CFR 742.6(a)(11)对该目的地要求许可证（其条文未见，未经核实：请阅读742.6(a)(11)）"

fact supercomputer_location : optional country
  en "the country where the supercomputer is located or to which it is destined"
  zh "超级计算机所在或将运往的国家或地区"

# ---- facts: U.S.-person work ------------------------------------------------------
fact actor_is_us_person : optional bool
  en "the person doing the work is a U.S. person"
  zh "从事该工作的人为美国人"

fact us_person_activity : optional enum(support_ic_development_or_production, ship_transmit_or_transfer_item, other_activity)
  en "the U.S. person's activity: 'supporting' IC development or production; shipping, transmitting or transferring an item; something else"
  zh "美国人的活动：为集成电路开发或生产提供“支持”；运送、传输或转移物项；其他"

fact reported_exclusion : optional enum(no_exclusion_claimed, administrative_or_clerical_work, executing_already_approved_decision, activity_not_directly_related)
  en "whether the work is one of the exclusions reported for 744.6(c) (UNCONFIRMED): administrative or clerical work; executing an already-approved decision; an activity not directly related"
  zh "该工作是否属于据报道的744.6(c)排除情形（未经核实）：行政或文书工作；执行已批准的决定；非直接相关的活动"

# ---- dated values -----------------------------------------------------------------
dated affiliates_rule_in_effect : bool
  initially false grade S
  from 2025-09-29 true grade S
    note "the affiliates rule, 90 FR 47201 (third-party transcription notes)"
  from 2025-11-10 false grade S
    note "stayed from 2025-11-10 to 2026-11-09 by 90 FR 50857"
  from 2026-11-10 true grade I
    note "re-applies on 2026-11-10 absent further action (S); whether any further action was taken is not known (UNCONFIRMED)"
  describe
    en "whether the affiliates rule (entities 50 % or more owned by Entity List parties inherit their restrictions) is in effect"
    zh "关联方规则（由实体清单所列方持股50%或以上的实体继承其限制）是否生效"
  cite "90 FR 47201; 90 FR 50857" grade S

dated compliance_required_for_new_1202_requirements : bool
  initially false grade S
  from 2024-12-31 true grade S
  describe
    en "whether compliance with the 1202 rule's new requirements (FDP rules, footnote-5 licence requirements) is required"
    zh "是否须遵守1202规则的新要求（FDP规则、脚注5许可证要求）"
  cite "89 FR 96790 (DATES, compliance dates)" grade S
    note "UNCONFIRMED: the dates in the FR's compliance paragraph were cut off in every copy; 2024-12-31 is from law-firm summaries"

# ---- definitions: advanced-node integrated circuits (15 CFR 772.1) ----------------
define advanced_node_logic = logic_ic in ic_types and (logic_non_planar or logic_node <= 16 nm)
  describe
    en "logic ICs using a non-planar transistor architecture or with a 'production' technology node of 16/14 nm or less"
    zh "采用非平面晶体管结构或“生产”技术节点为16/14纳米或以下的逻辑集成电路"
  cite "15 CFR 772.1 'advanced-node integrated circuits' (logic)" grade S
    note "T for the same test in 744.23(a)(2)(iii)(A) as amended in Oct 2022 (87 FR 62186); that 772.1 keeps this wording is S (the 772.1 entry was not seen)"

define advanced_node_nand = nand_ic in ic_types and nand_layers >= 128 layers
  describe
    en "NAND memory ICs with 128 layers or more"
    zh "128层或以上的NAND存储集成电路"
  cite "15 CFR 772.1 'advanced-node integrated circuits' (NAND)" grade S
    note "T for the 2022 text (744.23(a)(2)(iii)(B)); whether the 1202 rule changed it is UNCONFIRMED"

define dram_reported_figures_met =
  dram_cell_area < 0.0019 um2 or dram_density > 0.288 Gb_per_mm2
  describe
    en "the DRAM prong as reported: memory cell area below 0.0019 square micrometres or memory density above 0.288 Gb/mm2"
    zh "据报道的DRAM标准：存储单元面积小于0.0019平方微米或存储密度大于0.288 Gb/mm2"
  cite "15 CFR 772.1 'advanced-node integrated circuits' (DRAM)" grade S
    note "UNCONFIRMED: that the 1202 rule modified the DRAM prong is S (BNS); the two figures come from one secondary analysis (a 2026 research note on CXMT); the 772.1 text was not seen"

define advanced_node_dram =
  dram_ic in ic_types and first_known(dram_advanced_node_stated, dram_reported_figures_met)
  describe
    en "DRAM ICs meeting the DRAM prong: your own reading if given, otherwise the reported figures"
    zh "符合DRAM标准的DRAM集成电路：如有您的判断则依您的判断，否则依据报道的数值"
  cite "15 CFR 772.1 'advanced-node integrated circuits' (DRAM)" grade S
    note "UNCONFIRMED figures; the prong may be answered directly with dram_advanced_node_stated"

define advanced_node_ics_produced =
  advanced_node_logic
    or advanced_node_nand
    or advanced_node_dram
  describe
    en "the ICs concerned are advanced-node integrated circuits (logic, NAND or DRAM prong)"
    zh "所涉集成电路为先进节点集成电路（逻辑、NAND或DRAM标准）"
  cite "15 CFR 772.1 'advanced-node integrated circuits'" grade S

# ---- definitions: the two FDP rules (15 CFR 734.9(k) and (e)(3)) -------------------
define fdp_production_lineage =
  direct_product_of overlaps sme_fdp_technology_items
    or plant_direct_product_of overlaps fdp_plant_technology_items
    or contained_commodity_plant_direct_product_of overlaps fdp_plant_technology_items
  describe
    en "a direct product of U.S. software or technology in 3D992 or 3E992, or made by, or containing a commodity made by, a plant that is a direct product of the listed U.S. Category 3 software or technology"
    zh "为3D992或3E992美国软件或技术的直接产品，或由作为所列美国第3类软件或技术直接产品的工厂生产，或含有该等工厂生产的商品"
  cite "15 CFR 734.9(k)(1)" grade S
    note "UNCONFIRMED: 734.9 read only in a third-party transcription"

define sme_fdp_product_scope =
  item_classification overlaps sme_fdp_items and fdp_production_lineage
  describe
    en "a foreign-made commodity of the SME FDP set produced from U.S. software, technology or plants"
    zh "以美国软件、技术或工厂生产的、属于半导体制造设备FDP集合的外国制造商品"
  cite "15 CFR 734.9(k)" grade S

define footnote_5_fdp_items =
  ("3B001" in item_classification and not item_classification overlaps footnote_5_fdp_excluded_3b001)
    or ("3B002" in item_classification and "3B002.c" not in item_classification)
    or item_classification overlaps footnote_5_fdp_whole_eccns
    or ("3B991" in item_classification and not item_classification overlaps excluded_3b991_b2)
  describe
    en "3B001 (except a.4, c, d, f.1, f.5, f.6, g, h, k to n, p.2, p.4, r), 3B002 (except c), 3B903, 3B991 (except b.2.a to b.2.b), 3B992, 3B993, 3B994"
    zh "3B001（a.4、c、d、f.1、f.5、f.6、g、h、k至n、p.2、p.4、r除外）、3B002（c除外）、3B903、3B991（b.2.a至b.2.b除外）、3B992、3B993、3B994"
  cite "15 CFR 734.9(e)(3)" grade S
    note "the paragraph number is T (CSL); the item list is S"

define footnote_5_fdp_product_scope = footnote_5_fdp_items and fdp_production_lineage
  cite "15 CFR 734.9(e)(3)" grade S
    note "the reference says the items are 'produced as above'; the same production tests as 734.9(k) are applied (I)"

define advanced_logic_or_dram_facility_in_macau_or_d5 =
  facility_country in macau_or_d5 and (advanced_node_logic or advanced_node_dram)
  describe
    en "a facility in Macau or Country Group D:5 where logic or DRAM advanced-node ICs are produced"
    zh "位于澳门或国家组D:5、生产逻辑或DRAM先进节点集成电路的设施"
  cite "15 CFR 734.9(e)(3)" grade S

define footnote_5_fdp_end_user_scope =
  party_name matches entity_list_footnote_5
    or for_footnote_5_entity_items
    or (facility_involved and advanced_logic_or_dram_facility_in_macau_or_d5)
  describe
    en "a footnote-5 entity is a party or will make, buy or order items the item goes into, or the item is for such an advanced-node facility in Macau or D:5"
    zh "脚注5实体为交易一方，或将生产、购买或订购包含该物项的物项，或该物项用于澳门或D:5的上述先进节点设施"
  cite "15 CFR 734.9(e)(3)" grade S
    note "UNCONFIRMED end-user scope (transcription and law-firm descriptions)"

define fdp_item_and_destination_scope =
  (item_classification overlaps sme_fdp_items and destination in macau_or_d5)
    or (footnote_5_fdp_items and footnote_5_fdp_end_user_scope)
  describe
    en "the item and its destination or parties fall within the SME or the footnote-5 FDP rule, whatever its production"
    zh "无论生产情况如何，该物项及其目的地或交易方属于半导体制造设备或脚注5 FDP规则的范围"
  cite "15 CFR 734.9(k); 15 CFR 734.9(e)(3)" grade S

define exporter_in_supp4_742 =
  exporting_entity_country in supp4_742_confirmed_in
    or (exporting_entity_country not in supp4_742_confirmed_out and exporting_entity_country_in_supp4_742)
  describe
    en "the exporting entity is located in a Supplement No. 4 to part 742 country: confirmed for Japan, the Netherlands, Australia and the United Kingdom, excluded for South Korea, Singapore, Malaysia, Taiwan and Israel, and otherwise as you state"
    zh "出口实体位于第742部分补编4所列国家：日本、荷兰、澳大利亚和英国经确认列入，韩国、新加坡、马来西亚、台湾和以色列经确认未列入，其他国家依您的陈述"
  cite "15 CFR 742 Supp. 4" grade S
    note "UNCONFIRMED: the supplement (33 countries) was not seen; the candidate list of lists.md (I) is not used"

define party_headquartered_in_macau_or_d5 =
  party_headquarters in macau_or_d5 or party_ultimate_parent_headquarters in macau_or_d5
  describe
    en "the party is headquartered, or its ultimate parent is headquartered, in Macau or Country Group D:5"
    zh "该方总部位于或最终母公司总部位于澳门或国家组D:5"
  cite "15 CFR 744.23(a)(3), (a)(4)(ii)" grade S

# ---- definitions: items -------------------------------------------------------------
define hbm_parameters_met =
  memory_item_kind in {dram_or_hbm_stack, hbm_with_control_interface_logic}
    and memory_bandwidth_density > 2 GBps_per_mm2
  describe
    en "DRAM (or HBM attached to a control-interface logic IC with a PHY function) with a memory bandwidth density above 2 GB/s/mm2; a co-packaged IC whose dominant function is processing is excluded"
    zh "存储带宽密度大于2 GB/s/mm2的DRAM（或连接到具有PHY功能的控制接口逻辑集成电路的HBM）；主要功能为处理的共封装集成电路除外"
  cite "15 CFR 774 Supp. 1, ECCN 3A090.c and its note" grade T

define hbm_3a090c = first_known(hbm_parameters_met, "3A090.c" in item_classification)
  describe
    en "3A090.c high-bandwidth memory: DRAM with a memory bandwidth density above 2 GB/s/mm2, including HBM attached to a control-interface logic IC with a PHY function and excluding co-packaged ICs whose dominant function is processing; from the classification when the parameters are not known"
    zh "3A090.c高带宽存储器 (HBM)：存储带宽密度大于2 GB/s/mm2的DRAM，包括连接到具有PHY功能的控制接口逻辑集成电路的HBM，不包括主要功能为处理的共封装集成电路；参数未知时依分类判断"
  cite "15 CFR 774 Supp. 1, ECCN 3A090.c and its note" grade T

define rff_item_scope =
  ("3B992" in item_classification or ("3B991" in item_classification and not item_classification overlaps excluded_3b991_b2))
    and not item_classification overlaps rff_excluded_items
  describe
    en "3B991 (except b.2.a to b.2.b) and 3B992 items not described in 3B001.a.4, c, d, f.1.b.2, k to p, 3B002.c, 3B993 or 3B994"
    zh "未在3B001.a.4、c、d、f.1.b.2、k至p、3B002.c、3B993或3B994中描述的3B991（b.2.a至b.2.b除外）和3B992物项"
  cite "15 CFR 740.26" grade S
    note "UNCONFIRMED: item scope from CSIS quoting the Entity List rule"

define developed_sme_in_744_23_a_4_scope =
  ("3B001" in developed_sme_classification and not developed_sme_classification overlaps {"3B001.g", "3B001.h"})
    or developed_sme_classification overlaps sme_744_23_a_4_whole_eccns
    or ("3B991" in developed_sme_classification and not developed_sme_classification overlaps excluded_3b991_b2)
    or developed_item_is_associated_cat3_d_e
  describe
    en "3B001 (except g, h), 3B002, 3B611, 3B903, 3B991 (except b.2.a to b.2.b), 3B992, 3B993, 3B994 and associated Category 3 D and E items"
    zh "3B001（g、h除外）、3B002、3B611、3B903、3B991（b.2.a至b.2.b除外）、3B992、3B993、3B994及相关第3类D、E组物项"
  cite "15 CFR 744.23(a)(4)" grade S

# ==== question 1: is this foreign-made item subject to the EAR? ======================
rule fdp_contains_ic_red_flag
  priority 190
  when question == tool_subject_to_ear
    and fdp_item_and_destination_scope
    and contains_ic
    and contained_commodity_plant_direct_product_of is unknown
    and not direct_product_of overlaps sme_fdp_technology_items
    and not plant_direct_product_of overlaps fdp_plant_technology_items
    and not contains_us_origin_ic
  then red_flag_ic_lineage_unresolved
  cite "15 CFR 732 Supp. 3 (red flags added by the 1202 rule)" grade S
    note "UNCONFIRMED: CSIS quoting the rule: an item containing at least one IC is a red flag that the FDP product scope is met"
  explain
    en "the item is within the item and destination scope of an FDP rule and contains an IC whose production has not been resolved; that is a red flag that the FDP product scope is met, to be resolved before proceeding."
    zh "该物项属于FDP规则的物项和目的地范围，且含有生产来源尚未查明的集成电路；这是满足FDP产品范围的危险信号，须在继续交易前查明。"

rule footnote_5_fdp
  priority 180
  when question == tool_subject_to_ear
    and footnote_5_fdp_product_scope
    and footnote_5_fdp_end_user_scope
  then subject_to_ear_footnote_5_fdp
  cite "15 CFR 734.9(e)(3); 15 CFR 744.11(a)(2)(v)" grade S
    note "paragraph (e)(3) is T (CSL); the product and end-user scopes and the 744.11(a)(2)(v) hook (text not seen) are S"
  explain
    en "the foreign-made item is within the footnote-5 FDP product scope and a footnote-5 entity or an advanced-node facility in Macau or D:5 is involved (party: {party_name}); licences follow 15 CFR 744.11. Compliance with the new requirements is reported to be required from 2024-12-31 (UNCONFIRMED); required on {as_of}: {compliance_required_for_new_1202_requirements}."
    zh "该外国制造物项属于脚注5 FDP产品范围，且涉及脚注5实体或澳门或D:5的先进节点设施（交易方：{party_name}）；许可证要求依15 CFR 744.11。据报道须自2024-12-31起遵守新要求（未经核实）；{as_of}是否须遵守：{compliance_required_for_new_1202_requirements}。"

rule de_minimis_sme_us_ic
  priority 170
  when question == tool_subject_to_ear
    and item_classification overlaps sme_fdp_items
    and destination in macau_or_d5
    and contains_us_origin_ic
  then subject_to_ear_no_de_minimis
  cite "15 CFR 734.4(a)(8)" grade I
    note "S: no de minimis level for SME-set commodities containing a U.S.-origin IC; I: the destination scope (Macau or D:5) is taken from the paired SME FDP rule; whether the Supplement No. 4 carve-out also reaches this rule is UNCONFIRMED and it is not applied"
  explain
    en "the item is an SME-set commodity destined to {destination} (Macau or D:5) and contains a U.S.-origin IC; there is no de minimis level for it, so it is subject to the EAR."
    zh "该物项为运往{destination}（澳门或D:5）的半导体制造设备集合商品，且含有美国原产集成电路；不适用最低限度规则，因此属于受EAR管控的物项。"

rule de_minimis_footnote_5_us_ic
  priority 170
  when question == tool_subject_to_ear
    and footnote_5_fdp_items
    and footnote_5_fdp_end_user_scope
    and contains_us_origin_ic
  then subject_to_ear_no_de_minimis
  cite "15 CFR 734.4(a)(9)" grade I
    note "T (CSL): every footnote-5 row cites 734.4(a)(9); S: its content (no de minimis level for Category 3B commodities containing a U.S.-origin IC); I: the item and end-user scope are taken from the footnote-5 FDP rule"
  explain
    en "the item is a Category 3B commodity of the footnote-5 scope for a footnote-5 entity or advanced-node facility (party: {party_name}) and contains a U.S.-origin IC; there is no de minimis level for it."
    zh "该物项为脚注5范围内的第3类B组商品，用于脚注5实体或先进节点设施（交易方：{party_name}），且含有美国原产集成电路；不适用最低限度规则。"

rule sme_fdp
  priority 160
  when question == tool_subject_to_ear
    and sme_fdp_product_scope
    and destination in macau_or_d5
  then subject_to_ear_sme_fdp
  cite "15 CFR 734.9(k); 15 CFR 742.4(a)(4); 15 CFR 742.6(a)(6)(i)(A)" grade S
    note "UNCONFIRMED: paragraph (k) and its scopes come from a transcription of 734.9 and law-firm descriptions"
  explain
    en "the foreign-made SME-set commodity is produced from U.S. software, technology or plants and destined to {destination}, which is Macau or in Country Group D:5. Compliance with the new requirements is reported to be required from 2024-12-31 (UNCONFIRMED); required on {as_of}: {compliance_required_for_new_1202_requirements}."
    zh "该外国制造的半导体制造设备集合商品以美国软件、技术或工厂生产，运往属于澳门或国家组D:5的{destination}。据报道须自2024-12-31起遵守新要求（未经核实）；{as_of}是否须遵守：{compliance_required_for_new_1202_requirements}。"

rule sme_fdp_supp4_exporter
  exception to sme_fdp
  when exporter_in_supp4_742
  then sme_fdp_excluded_supp4_exporter
  cite "15 CFR 742 Supp. 4; 15 CFR 734.9(k)" grade S
    note "UNCONFIRMED: CSIS (quoting) and Korea's MOTIE: the SME-FDP licence requirement does not reach items exported from abroad by an entity located in a country with equivalent controls"
  explain
    en "the exporting entity is located in {exporting_entity_country}, a country of Supplement No. 4 to part 742, so the SME FDP licence requirement does not reach the item."
    zh "出口实体位于第742部分补编4所列国家{exporting_entity_country}，因此半导体制造设备FDP规则的许可证要求不及于该物项。"

rule tool_outside_1202_fdp
  when question == tool_subject_to_ear
  then not_subject_via_1202_fdp
  cite "15 CFR 734.9(k), (e)(3); 15 CFR 734.4(a)(8), (a)(9)" grade S
  explain
    en "neither FDP rule of the 1202 rule nor its de minimis rules reach this item (classification {item_classification}, destination {destination}, party {party_name})."
    zh "1202规则的两项FDP规则及其最低限度规则均不及于该物项（分类{item_classification}，目的地{destination}，交易方{party_name}）。"

# ==== question 2: does this shipment to this party need a licence? ====================
rule footnote_5_entity
  priority 150
  when question == licence_for_shipment
    and item_subject_to_ear
    and party_name matches entity_list_footnote_5
  then licence_required_footnote_5
  cite "15 CFR 744.11; 15 CFR 744 Supp. 4 (footnote 5); 15 CFR 734.4(a)(9); 15 CFR 734.9(e)(3)" grade T
  explain
    en "{party_name} is on the Entity List with footnote 5: a licence is required for all items subject to the EAR. Compliance with the new footnote-5 requirements is reported to be required from 2024-12-31 (UNCONFIRMED); required on {as_of}: {compliance_required_for_new_1202_requirements}."
    zh "{party_name}为带脚注5的实体清单实体：受EAR管控的所有物项均需要许可证。据报道须自2024-12-31起遵守新的脚注5要求（未经核实）；{as_of}是否须遵守：{compliance_required_for_new_1202_requirements}。"

rule rff_licence_exception
  exception to footnote_5_entity
  when party_name matches restricted_fabrication_facilities and rff_item_scope
  then licence_exception_rff_available
  cite "15 CFR 740.26 (License Exception RFF)" grade S
    note "T (CSL): XMC's review policy points to 740.26; the item scope is S (CSIS quoting the Entity List rule); no further conditions of 740.26 were seen"
  explain
    en "{party_name} is a restricted fabrication facility and the item (classification {item_classification}) is a 3B991 or 3B992 item outside the excluded SME, so License Exception RFF is available."
    zh "{party_name}为受限制造设施，且该物项（分类{item_classification}）为不属于被排除半导体制造设备的3B991或3B992物项，因此可适用RFF许可例外。"

rule footnote_5_affiliate
  priority 145
  when question in {licence_for_shipment, restricted_end_use_at_fab}
    and item_subject_to_ear
    and affiliates_rule_in_effect
    and party_owner_name matches entity_list_footnote_5
  then licence_required_footnote_5_affiliate
  cite "15 CFR 744.11 (affiliates rule, 90 FR 47201)" grade S
    note "UNCONFIRMED: third-party transcription notes; in effect from 2025-09-29, stayed 2025-11-10 to 2026-11-09, re-applying 2026-11-10 absent further action"
  explain
    en "the party is 50 % or more owned by {party_owner_name}, a footnote-5 entity, and the affiliates rule is in effect on {as_of}: the party inherits the footnote-5 licence requirement."
    zh "该方50%或以上股权由脚注5实体{party_owner_name}持有，且关联方规则在{as_of}生效：该方继承脚注5许可证要求。"

rule advanced_computing_headquarters
  priority 140
  when question == licence_for_shipment
    and item_subject_to_ear
    and (hbm_3a090c or item_classification overlaps advanced_computing_family)
    and party_headquartered_in_macau_or_d5
  then licence_required_744_23_headquarters
  cite "15 CFR 744.23(a)(3)" grade S
    note "UNCONFIRMED: paragraph structure from a third-party reading of the eCFR; Arnold & Porter for the HBM headquarters rule; whether License Exception HBM reaches this requirement is not known, so it is not applied"
  explain
    en "the advanced computing item (HBM: {hbm_3a090c}) is for a party headquartered in {party_headquarters} with its ultimate parent headquartered in {party_ultimate_parent_headquarters}, one of which is Macau or in Country Group D:5; a licence is required wherever the party is located."
    zh "该先进计算物项（HBM：{hbm_3a090c}）用于总部位于{party_headquarters}、最终母公司总部位于{party_ultimate_parent_headquarters}的一方，其中之一为澳门或属于国家组D:5；无论该方位于何处均需要许可证。"

rule hbm_to_macau_or_d5
  priority 135
  when question == licence_for_shipment
    and item_subject_to_ear
    and hbm_3a090c
    and destination in macau_or_d5
  then licence_required_3a090c
  cite "15 CFR 742.6(a)(6)(i)(B); 15 CFR 774 Supp. 1, ECCN 3A090.c" grade T
  explain
    en "the memory is 3A090.c high-bandwidth memory (memory bandwidth density {memory_bandwidth_density}, above 2 GB/s/mm2) destined to {destination}, which is Macau or in Country Group D:5. Compliance with the HBM revisions is reported to be required from 2024-12-31 (UNCONFIRMED); required on {as_of}: {compliance_required_for_new_1202_requirements}."
    zh "该存储器为3A090.c高带宽存储器 (HBM)（存储带宽密度{memory_bandwidth_density}，大于2 GB/s/mm2），运往属于澳门或国家组D:5的{destination}。据报道须自2024-12-31起遵守HBM相关修订（未经核实）；{as_of}是否须遵守：{compliance_required_for_new_1202_requirements}。"

rule hbm_licence_exception
  exception to hbm_to_macau_or_d5
  when hbm_exception_conditions_met and memory_bandwidth_density < 3.3 GBps_per_mm2
  then licence_exception_hbm_available
  cite "15 CFR 740.25 (License Exception HBM)" grade S
    note "T: License Exception HBM exists and is flagged for 3A090.c; S: its conditions, including the limit of less than 3.3 GB/s/mm2 (two secondary sources); the other conditions are a fact you answer"
  explain
    en "the HBM's memory bandwidth density is {memory_bandwidth_density}, below 3.3 GB/s/mm2, and you state the other conditions of License Exception HBM are met."
    zh "该HBM的存储带宽密度为{memory_bandwidth_density}，低于3.3 GB/s/mm2，且您声明HBM许可例外的其他条件均已满足。"

rule sme_to_macau_or_d5
  priority 130
  when question == licence_for_shipment
    and item_subject_to_ear
    and item_classification overlaps macau_d5_sme_items
    and destination in macau_or_d5
  then licence_required_macau_d5_sme
  cite "15 CFR 742.4(a)(4); 15 CFR 742.6(a)(6); 15 CFR 774 Supp. 1 (Macau/D:5 SME set)" grade T
  explain
    en "the item (classification {item_classification}) is in the Macau/D:5 SME set and destined to {destination}, which is Macau or in Country Group D:5 (NS and RS controls; LVS not available)."
    zh "该物项（分类{item_classification}）属于澳门/D:5半导体制造设备集合，运往属于澳门或国家组D:5的{destination}（NS和RS管制；不适用LVS）。"

rule supp4_exporter_carve_out
  exception to sme_to_macau_or_d5
  when item_foreign_made
    and sme_fdp_product_scope
    and not contains_us_origin_ic
    and exporter_in_supp4_742
  then no_licence_required_supp4_exporter
  cite "15 CFR 742 Supp. 4; 15 CFR 734.9(k)" grade S
    note "UNCONFIRMED: CSIS (quoting) and Korea's MOTIE; the carve-out is applied only to a foreign-made item reached by the SME FDP rule without a U.S.-origin IC (I)"
  explain
    en "the foreign-made item is reached by the SME FDP rule and exported from abroad by an entity located in {exporting_entity_country}, a Supplement No. 4 to part 742 country; the SME FDP licence requirement does not reach it."
    zh "该外国制造物项受半导体制造设备FDP规则管控，并由位于第742部分补编4所列国家{exporting_entity_country}的实体从境外出口；半导体制造设备FDP规则的许可证要求不及于该物项。"

rule new_eccns_742_6_a_11
  priority 125
  when question == licence_for_shipment
    and item_subject_to_ear
    and item_classification overlaps rule_1202_new_items
    and destination_in_742_6_a_11_scope
  then licence_required_742_6_a_11
  cite "15 CFR 742.6(a)(11); 15 CFR 774 Supp. 1, ECCNs 3B993, 3B994, 3D993, 3D994, 3E993, 3E994" grade T
    note "the ECCNs and their RS reason pointing to 742.6(a)(11) are T; the content of 742.6(a)(11) was not seen (UNCONFIRMED), so whether the destination is covered is a fact you answer"
  explain
    en "the item (classification {item_classification}) is in a new 1202 ECCN controlled for RS under 15 CFR 742.6(a)(11), and you state that paragraph covers the destination {destination}."
    zh "该物项（分类{item_classification}）属于1202规则新增、依15 CFR 742.6(a)(11)受RS管制的ECCN，且您声明该款涵盖目的地{destination}。"

rule footnote_5_fdp_licence
  priority 120
  when question == licence_for_shipment
    and item_subject_to_ear
    and footnote_5_fdp_product_scope
    and footnote_5_fdp_end_user_scope
  then licence_required_744_11_footnote_5_fdp
  cite "15 CFR 744.11(a)(2)(v); 15 CFR 734.9(e)(3)" grade S
    note "T: the CCL Related Controls of 3B993 to 3E994 point to 744.11(a)(2)(v); its text and the FDP scopes are S"
  explain
    en "the foreign-made item is within the footnote-5 FDP product scope and is for a footnote-5 entity's items or an advanced-node logic or DRAM facility in {facility_country} (Macau or D:5)."
    zh "该外国制造物项属于脚注5 FDP产品范围，并用于脚注5实体的物项或位于{facility_country}（澳门或D:5）的先进节点逻辑或DRAM设施。"

# ==== end-use controls (15 CFR 744.23): questions 2 and 3 ============================
rule footnote_5_displaces_744_23
  priority 150
  when question == restricted_end_use_at_fab
    and item_subject_to_ear
    and party_name matches entity_list_footnote_5
  then licence_required_footnote_5
  cite "15 CFR 744.23(a)(2)(iv); 15 CFR 744.11; 15 CFR 744 Supp. 4 (footnote 5)" grade S
    note "the footnote-5 licence requirement is T (CSL); that it displaces the 744.23(a)(2) end-use requirements is S (CSIS; 744.23(a)(2)(iv) per transcription)"
  explain
    en "{party_name} is a footnote-5 entity: the Entity List licence requirement governs, and 744.23(a)(2) does not apply to it."
    zh "{party_name}为脚注5实体：适用实体清单的许可证要求，744.23(a)(2)不适用于该实体。"

rule supercomputer_end_use
  priority 110
  when question in {licence_for_shipment, restricted_end_use_at_fab}
    and item_subject_to_ear
    and item_classification overlaps supercomputer_items_744_23_a_1
    and supercomputer_use in end_uses
    and supercomputer_location in macau_or_d5
  then licence_required_744_23_supercomputer
  cite "15 CFR 744.23(a)(1)" grade T
    note "eCFR copy, date not stated; 'supercomputer' is as 772.1 defines it (you answer it)"
  explain
    en "the item (classification {item_classification}) is for a supercomputer located in or destined to {supercomputer_location}, Macau or Country Group D:5."
    zh "该物项（分类{item_classification}）用于位于或运往{supercomputer_location}（澳门或国家组D:5）的超级计算机。"

rule unknown_node_fab
  priority 105
  when question in {licence_for_shipment, restricted_end_use_at_fab}
    and item_subject_to_ear
    and item_classification overlaps {"3B", "3C", "3D", "3E"}
    and ic_development_or_production in end_uses
    and facility_country in macau_or_d5
    and advanced_node_ics_produced is unknown
  then licence_required_744_23_unknown_node_fab
  cite "15 CFR 744.23(a)(2)(ii)" grade S
    note "UNCONFIRMED: paragraph content from a third-party reading of the eCFR"
  explain
    en "the Category 3 B, C, D or E item is for IC development or production at a facility in {facility_country} (Macau or D:5), and whether advanced-node ICs are produced there is not known."
    zh "该第3类B、C、D或E组物项用于{facility_country}（澳门或D:5）设施的集成电路开发或生产，而该设施是否生产先进节点集成电路不得而知。"

rule advanced_node_fab
  priority 100
  when question in {licence_for_shipment, restricted_end_use_at_fab}
    and item_subject_to_ear
    and ic_development_or_production in end_uses
    and facility_country in macau_or_d5
    and advanced_node_ics_produced
  then licence_required_744_23_advanced_node_fab
  cite "15 CFR 744.23(a)(2)(i)" grade T
    note "eCFR copy, date not stated; any item subject to the EAR, including EAR99; the fab's ownership is not mentioned, so it does not matter (I)"
  explain
    en "the item is for IC development or production at a facility in {facility_country} (Macau or Country Group D:5) where advanced-node ICs are produced (logic: {advanced_node_logic}, NAND: {advanced_node_nand}, DRAM: {advanced_node_dram})."
    zh "该物项用于{facility_country}（澳门或国家组D:5）生产先进节点集成电路的设施的集成电路开发或生产（逻辑：{advanced_node_logic}，NAND：{advanced_node_nand}，DRAM：{advanced_node_dram}）。"

rule veu_authorization
  exception to advanced_node_fab
  ends 2025-12-31
  when veu_authorization_covers_export
  then authorized_under_veu
  cite "15 CFR 748 (Validated End-User program)" grade I
    note "UNCONFIRMED: secondary notes say the VEU authorizations of foreign-owned fabs in China were revoked on 2025-12-31 and that this changes 744.23 fab outcomes (S); that a VEU authorization covering the export stands in for the licence is an inference"
  explain
    en "a Validated End-User authorization of the facility covers this export; such authorizations of foreign-owned fabs in China were revoked on 2025-12-31 (UNCONFIRMED)."
    zh "该设施的经验证最终用户 (VEU)授权涵盖本次出口；中国境内外资晶圆厂的此类授权已于2025-12-31被撤销（未经核实）。"

rule ecad_tcad_end_use
  priority 95
  when question in {licence_for_shipment, restricted_end_use_at_fab}
    and item_subject_to_ear
    and item_is_ecad_or_tcad
    and ic_design in end_uses
    and facility_country in macau_or_d5
    and advanced_node_ics_produced
  then licence_required_744_23_ecad_tcad
  cite "15 CFR 744.23(a)(2)(iii)" grade S
    note "UNCONFIRMED: paragraph content from a third-party reading of the eCFR"
  explain
    en "the ECAD or TCAD software or technology is for designing an advanced-node IC to be produced in {facility_country} (Macau or D:5)."
    zh "该ECAD或TCAD软件或技术用于设计将在{facility_country}（澳门或D:5）生产的先进节点集成电路。"

rule sme_development_to_macau_or_d5
  priority 90
  when question in {licence_for_shipment, restricted_end_use_at_fab}
    and item_subject_to_ear
    and "EAR99" not in item_classification
    and sme_development_or_production in end_uses
    and developed_sme_in_744_23_a_4_scope
    and destination in macau_or_d5
  then licence_required_744_23_sme_development
  cite "15 CFR 744.23(a)(4)(i)" grade S
    note "UNCONFIRMED: paragraph content from a third-party reading of the eCFR; 744.23(a)(4)(iii) exists (T pointer) but its content was not seen and is not encoded"
  explain
    en "the item on the CCL (classification {item_classification}) is for the development or production of semiconductor manufacturing equipment and destined to {destination}, Macau or Country Group D:5."
    zh "该商业管制清单 (CCL)物项（分类{item_classification}）用于开发或生产半导体制造设备，运往{destination}（澳门或国家组D:5）。"

rule sme_development_headquarters
  priority 90
  when question in {licence_for_shipment, restricted_end_use_at_fab}
    and item_subject_to_ear
    and "EAR99" not in item_classification
    and sme_development_or_production in end_uses
    and developed_sme_in_744_23_a_4_scope
    and party_headquartered_in_macau_or_d5
  then licence_required_744_23_sme_development
  cite "15 CFR 744.23(a)(4)(ii)" grade S
    note "UNCONFIRMED: paragraph content from a third-party reading of the eCFR"
  explain
    en "the item on the CCL is for the development or production of semiconductor manufacturing equipment by a party headquartered in {party_headquarters} (ultimate parent: {party_ultimate_parent_headquarters}), Macau or Country Group D:5, wherever the work takes place."
    zh "该商业管制清单 (CCL)物项用于总部位于{party_headquarters}（最终母公司：{party_ultimate_parent_headquarters}）、属于澳门或国家组D:5的一方开发或生产半导体制造设备，无论工作在何处进行。"

rule back_end_not_production
  priority 10
  when question in {licence_for_shipment, restricted_end_use_at_fab}
    and item_subject_to_ear
    and back_end_assembly_test_packaging in end_uses
    and facility_country in macau_or_d5
  then not_production_back_end_exclusion
  cite "15 CFR 744.23(a)(5)" grade S
    note "UNCONFIRMED: paragraph content from a third-party reading of the eCFR"
  explain
    en "the item is for back-end assembly, test or packaging at the facility in {facility_country} that does not change the technology level, which is not 'production' under 744.23."
    zh "该物项用于{facility_country}设施中不改变技术水平的后道封装、测试或包装，这不属于744.23所称“生产”。"

rule shipment_no_1202_requirement
  when question == licence_for_shipment
  then no_1202_licence_requirement
  cite "89 FR 96790" grade P
  explain
    en "no licence requirement of the 1202 rule's encoded provisions reaches this shipment (classification {item_classification}, destination {destination}, party {party_name})."
    zh "1202规则已编码条款中没有任何许可证要求及于本批货物（分类{item_classification}，目的地{destination}，交易方{party_name}）。"

rule fab_no_744_23_restriction
  when question == restricted_end_use_at_fab
  then no_744_23_restriction
  cite "15 CFR 744.23" grade T
  explain
    en "no end-use restriction of 744.23 encoded here applies (facility in {facility_country}, end uses {end_uses})."
    zh "本政策所编码的744.23最终用途限制均不适用（设施位于{facility_country}，最终用途{end_uses}）。"

# ==== question 4: may this U.S. person do this work? (15 CFR 744.6(c)) ===============
rule us_person_support_at_advanced_fab
  priority 150
  when question == us_person_support
    and actor_is_us_person
    and us_person_activity == support_ic_development_or_production
    and facility_country in macau_or_d5
    and advanced_node_ics_produced
  then licence_required_744_6_us_person_support
  cite "15 CFR 744.6(c)" grade S
    note "UNCONFIRMED: the general shape is long-standing since Oct 2022; the current text was not seen; Arnold & Porter lists expanded U.S.-person restrictions among the 1202 changes"
  explain
    en "a U.S. person would 'support' IC development or production at a facility in {facility_country} (Macau or D:5) where advanced-node ICs are produced."
    zh "美国人将为{facility_country}（澳门或D:5）生产先进节点集成电路的设施的集成电路开发或生产提供“支持”。"

rule us_person_reported_exclusion
  exception to us_person_support_at_advanced_fab
  when reported_exclusion in {administrative_or_clerical_work, executing_already_approved_decision, activity_not_directly_related}
  then reported_744_6_exclusion_unconfirmed
  cite "15 CFR 744.6(c) (reported exclusions)" grade I
    note "UNCONFIRMED: the three exclusions are reported but were not seen in any source"
  explain
    en "the work is {reported_exclusion}, one of three exclusions reported for 744.6(c); no source for them was seen, so verify before relying on it."
    zh "该工作属于{reported_exclusion}，为据报道的744.6(c)三项排除情形之一；未见任何来源，依赖前须核实。"

rule us_person_transfer_item_not_subject
  priority 140
  when question == us_person_support
    and actor_is_us_person
    and us_person_activity == ship_transmit_or_transfer_item
    and item_subject_to_ear == false
    and item_classification overlaps macau_d5_sme_items
    and ic_development_or_production in end_uses
    and facility_country in macau_or_d5
    and advanced_node_ics_produced
  then licence_required_744_6_us_person_transfer
  cite "15 CFR 744.6(c)" grade I
    note "S: U.S. persons may not ship, transmit or transfer certain items not subject to the EAR for such uses; the reported ECCN list (the Macau/D:5 SME set, T on the CCL) is UNCONFIRMED for 744.6(c), and attaching it to this prong is an inference"
  explain
    en "a U.S. person would ship, transmit or transfer an item not subject to the EAR that meets the parameters of {item_classification} for IC development or production at an advanced-node facility in {facility_country}."
    zh "美国人将运送、传输或转移一项不受EAR管控、符合{item_classification}参数的物项，用于{facility_country}先进节点设施的集成电路开发或生产。"

rule us_person_no_restriction
  when question == us_person_support
  then no_744_6_restriction
  cite "15 CFR 744.6(c)" grade S
  explain
    en "no U.S.-person restriction of 744.6(c) encoded here reaches this work (U.S. person: {actor_is_us_person}, activity {us_person_activity}, facility in {facility_country})."
    zh "本政策所编码的744.6(c)美国人限制均不及于该工作（美国人：{actor_is_us_person}，活动{us_person_activity}，设施位于{facility_country}）。"

# ---- examples: written from the words of rule-1202.md, lists.md and amendments.md -------
# Question 1: is this foreign-made tool subject to the EAR?
example "a Korean-made 3B001.c etch tool built with U.S. 3E992 technology, going to China, is caught by the SME FDP rule"
  as of 2025-06-01
  given question = tool_subject_to_ear, item_classification = {"3B", "3B001", "3B001.c"},
    destination = "CN", exporting_entity_country = "KR", direct_product_of = {"3E992"},
    plant_direct_product_of = {}, contained_commodity_plant_direct_product_of = {},
    contains_ic = true, contains_us_origin_ic = false, party_name = "Example Wafer Fab Co.",
    for_footnote_5_entity_items = false, facility_involved = false
  expect subject_to_ear_sme_fdp by sme_fdp

example "the same tool exported by an entity located in Japan is outside the SME FDP licence requirement"
  as of 2025-06-01
  given question = tool_subject_to_ear, item_classification = {"3B", "3B001", "3B001.c"},
    destination = "CN", exporting_entity_country = "JP", direct_product_of = {"3E992"},
    plant_direct_product_of = {}, contained_commodity_plant_direct_product_of = {},
    contains_ic = true, contains_us_origin_ic = false, party_name = "Example Wafer Fab Co.",
    for_footnote_5_entity_items = false, facility_involved = false
  expect sme_fdp_excluded_supp4_exporter by sme_fdp_supp4_exporter

example "exported from the Netherlands the carve-out applies too"
  as of 2025-06-01
  given question = tool_subject_to_ear,
    item_classification = {"3B", "3B001", "3B001.f", "3B001.f.1"}, destination = "CN",
    exporting_entity_country = "Netherlands", direct_product_of = {},
    plant_direct_product_of = {"3E001"}, contained_commodity_plant_direct_product_of = {},
    contains_ic = false, contains_us_origin_ic = false, party_name = "Example Wafer Fab Co.",
    for_footnote_5_entity_items = false, facility_involved = false
  expect sme_fdp_excluded_supp4_exporter by sme_fdp_supp4_exporter

example "Taiwan is not in Supplement No. 4, so a lithography tool from a plant built on U.S. 3E001 technology is caught"
  as of 2025-06-01
  given question = tool_subject_to_ear,
    item_classification = {"3B", "3B001", "3B001.f", "3B001.f.1"}, destination = "CN",
    exporting_entity_country = "TW", direct_product_of = {},
    plant_direct_product_of = {"3E001"}, contained_commodity_plant_direct_product_of = {},
    contains_ic = false, contains_us_origin_ic = false, party_name = "Example Wafer Fab Co.",
    for_footnote_5_entity_items = false, facility_involved = false
  expect subject_to_ear_sme_fdp by sme_fdp

example "Supplement No. 4 is not known for Germany: the exporter must say whether it is listed"
  as of 2025-06-01
  given question = tool_subject_to_ear, item_classification = {"3B", "3B001", "3B001.c"},
    destination = "CN", exporting_entity_country = "DE", direct_product_of = {"3E992"},
    plant_direct_product_of = {}, contained_commodity_plant_direct_product_of = {},
    contains_ic = false, contains_us_origin_ic = false, party_name = "Example Wafer Fab Co.",
    for_footnote_5_entity_items = false, facility_involved = false
  expect needs_information missing exporting_entity_country_in_supp4_742

example "a tool containing an IC made in a plant built on U.S. 3D991 software is caught through the IC"
  as of 2025-06-01
  given question = tool_subject_to_ear,
    item_classification = {"3B", "3B001", "3B001.p", "3B001.p.2"}, destination = "RU",
    exporting_entity_country = "SG", direct_product_of = {}, plant_direct_product_of = {},
    contained_commodity_plant_direct_product_of = {"3D991"}, contains_ic = true,
    contains_us_origin_ic = false, party_name = "Example Buyer LLC",
    for_footnote_5_entity_items = false, facility_involved = false
  expect subject_to_ear_sme_fdp by sme_fdp

example "a tool containing an IC whose origin is unresolved raises the red flag"
  as of 2025-06-01
  given question = tool_subject_to_ear, item_classification = {"3B", "3B001", "3B001.c"},
    destination = "CN", exporting_entity_country = "KR", direct_product_of = {},
    plant_direct_product_of = {}, contains_ic = true, contains_us_origin_ic = false,
    party_name = "Example Wafer Fab Co.", for_footnote_5_entity_items = false,
    facility_involved = false
  expect red_flag_ic_lineage_unresolved by fdp_contains_ic_red_flag

example "a Japanese-exported tool containing a U.S.-origin IC has no de minimis level"
  as of 2025-06-01
  given question = tool_subject_to_ear, item_classification = {"3B", "3B001", "3B001.c"},
    destination = "CN", exporting_entity_country = "JP", direct_product_of = {},
    plant_direct_product_of = {}, contained_commodity_plant_direct_product_of = {},
    contains_ic = true, contains_us_origin_ic = true, party_name = "Example Wafer Fab Co.",
    for_footnote_5_entity_items = false, facility_involved = false
  expect subject_to_ear_no_de_minimis by de_minimis_sme_us_ic

example "a 3B992 tool with a U.S.-origin IC for XMC has no de minimis level"
  as of 2025-06-01
  given question = tool_subject_to_ear, item_classification = {"3B", "3B992"}, destination = "CN",
    exporting_entity_country = "KR", direct_product_of = {}, plant_direct_product_of = {},
    contained_commodity_plant_direct_product_of = {}, contains_ic = true,
    contains_us_origin_ic = true, party_name = "XMC", for_footnote_5_entity_items = false,
    facility_involved = false
  expect subject_to_ear_no_de_minimis by de_minimis_footnote_5_us_ic

example "a foreign-made 3B993 tool for 'SMIC Beijing' is caught by the footnote-5 FDP rule"
  as of 2025-06-01
  given question = tool_subject_to_ear, item_classification = {"3B", "3B993"}, destination = "CN",
    exporting_entity_country = "KR", direct_product_of = {},
    plant_direct_product_of = {"3E001"}, contained_commodity_plant_direct_product_of = {},
    contains_ic = false, contains_us_origin_ic = false, party_name = "SMIC Beijing"
  expect subject_to_ear_footnote_5_fdp by footnote_5_fdp

example "the footnote-5 FDP rule has no Supplement No. 4 carve-out: the same tool from Japan is caught"
  as of 2025-06-01
  given question = tool_subject_to_ear, item_classification = {"3B", "3B993"}, destination = "CN",
    exporting_entity_country = "JP", direct_product_of = {},
    plant_direct_product_of = {"3E001"}, contained_commodity_plant_direct_product_of = {},
    contains_ic = false, contains_us_origin_ic = false,
    party_name = "Semiconductor Manufacturing International (Beijing) Corporation"
  expect subject_to_ear_footnote_5_fdp by footnote_5_fdp

example "a 3B994 tool for an unlisted fab in China making non-planar logic is caught by the footnote-5 FDP rule"
  as of 2025-06-01
  given question = tool_subject_to_ear, item_classification = {"3B", "3B994"}, destination = "CN",
    exporting_entity_country = "KR", direct_product_of = {},
    plant_direct_product_of = {"3D001"}, contained_commodity_plant_direct_product_of = {},
    contains_ic = false, contains_us_origin_ic = false, party_name = "Example Logic Fab Co.",
    for_footnote_5_entity_items = false, facility_involved = true, facility_country = "CN",
    ic_types = {logic_ic}, logic_non_planar = true, logic_node = 7 nm
  expect subject_to_ear_footnote_5_fdp by footnote_5_fdp

example "3B001.c is outside the footnote-5 FDP scope, so a Japanese export to XMC falls to the SME FDP carve-out"
  as of 2025-06-01
  given question = tool_subject_to_ear, item_classification = {"3B", "3B001", "3B001.c"},
    destination = "CN", exporting_entity_country = "JP", direct_product_of = {},
    plant_direct_product_of = {"3E001"}, contained_commodity_plant_direct_product_of = {},
    contains_ic = false, contains_us_origin_ic = false, party_name = "XMC",
    for_footnote_5_entity_items = false, facility_involved = false
  expect sme_fdp_excluded_supp4_exporter by sme_fdp_supp4_exporter

example "3B991.b.2.a is excepted from the footnote-5 FDP scope"
  as of 2025-06-01
  given question = tool_subject_to_ear,
    item_classification = {"3B", "3B991", "3B991.b", "3B991.b.2", "3B991.b.2.a"},
    destination = "CN", exporting_entity_country = "KR", direct_product_of = {},
    plant_direct_product_of = {"3E001"}, contained_commodity_plant_direct_product_of = {},
    contains_ic = false, contains_us_origin_ic = false, party_name = "SMIC"
  expect not_subject_via_1202_fdp by tool_outside_1202_fdp

example "a tool with no U.S. technology, plant or IC in its making is outside both FDP rules"
  as of 2025-06-01
  given question = tool_subject_to_ear, item_classification = {"3B", "3B001", "3B001.c"},
    destination = "CN", exporting_entity_country = "KR", direct_product_of = {},
    plant_direct_product_of = {}, contained_commodity_plant_direct_product_of = {},
    contains_ic = true, contains_us_origin_ic = false, party_name = "Example Wafer Fab Co.",
    for_footnote_5_entity_items = false, facility_involved = false
  expect not_subject_via_1202_fdp by tool_outside_1202_fdp

example "the SME FDP rule reaches Cambodia while it is in D:5 (2026-02-02)"
  as of 2026-02-02
  given question = tool_subject_to_ear, item_classification = {"3B", "3B001", "3B001.c"},
    destination = "KH", exporting_entity_country = "KR", direct_product_of = {"3E992"},
    plant_direct_product_of = {}, contained_commodity_plant_direct_product_of = {},
    contains_ic = false, contains_us_origin_ic = false, party_name = "Example Wafer Fab Co.",
    for_footnote_5_entity_items = false, facility_involved = false
  expect subject_to_ear_sme_fdp by sme_fdp

example "Cambodia leaves D:5 on 2026-02-03, and the SME FDP rule no longer reaches it"
  as of 2026-02-03
  given question = tool_subject_to_ear, item_classification = {"3B", "3B001", "3B001.c"},
    destination = "KH", exporting_entity_country = "KR", direct_product_of = {"3E992"},
    plant_direct_product_of = {}, contained_commodity_plant_direct_product_of = {},
    contains_ic = false, contains_us_origin_ic = false, party_name = "Example Wafer Fab Co.",
    for_footnote_5_entity_items = false, facility_involved = false
  expect not_subject_via_1202_fdp by tool_outside_1202_fdp

example "the rule was not in force on 2024-12-01"
  as of 2024-12-01
  given question = tool_subject_to_ear, item_classification = {"3B", "3B001", "3B001.c"},
    destination = "CN", exporting_entity_country = "KR", direct_product_of = {"3E992"}
  expect not_in_force

example "the rule is in force on its effective date, 2024-12-02"
  as of 2024-12-02
  given question = tool_subject_to_ear, item_classification = {"3B", "3B001", "3B001.c"},
    destination = "CN", exporting_entity_country = "KR", direct_product_of = {"3E992"},
    plant_direct_product_of = {}, contained_commodity_plant_direct_product_of = {},
    contains_ic = false, contains_us_origin_ic = false, party_name = "Example Wafer Fab Co.",
    for_footnote_5_entity_items = false, facility_involved = false
  expect subject_to_ear_sme_fdp by sme_fdp

# Question 2: does this tool or HBM shipment to this party need a licence?
example "any item subject to the EAR for 'SMIC Beijing' needs a licence (footnote 5)"
  as of 2025-06-01
  given question = licence_for_shipment, item_subject_to_ear = true,
    item_classification = {"EAR99"}, destination = "CN", party_name = "SMIC Beijing"
  expect licence_required_footnote_5 by footnote_5_entity

example "footnote 5 did not exist on 2024-12-01"
  as of 2024-12-01
  given question = licence_for_shipment, item_subject_to_ear = true,
    item_classification = {"EAR99"}, destination = "CN", party_name = "SMIC Beijing"
  expect not_in_force

example "a 3B992 tool for XMC may go under License Exception RFF"
  as of 2025-06-01
  given question = licence_for_shipment, item_subject_to_ear = true,
    item_classification = {"3B", "3B992"}, destination = "CN",
    party_name = "Wuhan Xinxin Semiconductor Manufacturing Co., Ltd."
  expect licence_exception_rff_available by rff_licence_exception

example "a 3B993 tool for XMC is outside License Exception RFF"
  as of 2025-06-01
  given question = licence_for_shipment, item_subject_to_ear = true,
    item_classification = {"3B", "3B993"}, destination = "CN", party_name = "XMC"
  expect licence_required_footnote_5 by footnote_5_entity

example "License Exception RFF is for XMC only, not for SMIC"
  as of 2025-06-01
  given question = licence_for_shipment, item_subject_to_ear = true,
    item_classification = {"3B", "3B992"}, destination = "CN", party_name = "SMIC"
  expect licence_required_footnote_5 by footnote_5_entity

example "YMTC is listed without footnote 5, so the footnote-5 requirement does not reach it (its own Entity List entry is outside this policy)"
  as of 2025-06-01
  given question = licence_for_shipment, item_subject_to_ear = true,
    item_classification = {"EAR99"}, destination = "CN",
    party_name = "Yangtze Memory Technologies Co., Ltd.", end_uses = {other_end_use}
  expect no_1202_licence_requirement by shipment_no_1202_requirement

example "a company owned by SMIC is not reached the day before the affiliates rule (2025-09-28)"
  as of 2025-09-28
  given question = licence_for_shipment, item_subject_to_ear = true,
    item_classification = {"EAR99"}, destination = "CN", party_name = "Example Subsidiary Co.",
    party_owner_name = "Semiconductor Manufacturing International Corporation",
    end_uses = {other_end_use}
  expect no_1202_licence_requirement by shipment_no_1202_requirement

example "from 2025-09-29 a company 50 % owned by SMIC inherits the footnote-5 requirement"
  as of 2025-09-29
  given question = licence_for_shipment, item_subject_to_ear = true,
    item_classification = {"EAR99"}, destination = "CN", party_name = "Example Subsidiary Co.",
    party_owner_name = "Semiconductor Manufacturing International Corporation",
    end_uses = {other_end_use}
  expect licence_required_footnote_5_affiliate by footnote_5_affiliate

example "the affiliates rule is stayed from 2025-11-10"
  as of 2025-11-10
  given question = licence_for_shipment, item_subject_to_ear = true,
    item_classification = {"EAR99"}, destination = "CN", party_name = "Example Subsidiary Co.",
    party_owner_name = "Semiconductor Manufacturing International Corporation",
    end_uses = {other_end_use}
  expect no_1202_licence_requirement by shipment_no_1202_requirement

example "the stay still holds on 2026-11-09"
  as of 2026-11-09
  given question = licence_for_shipment, item_subject_to_ear = true,
    item_classification = {"EAR99"}, destination = "CN", party_name = "Example Subsidiary Co.",
    party_owner_name = "SMIC", end_uses = {other_end_use}
  expect no_1202_licence_requirement by shipment_no_1202_requirement

example "the affiliates rule re-applies on 2026-11-10 absent further action"
  as of 2026-11-10
  given question = licence_for_shipment, item_subject_to_ear = true,
    item_classification = {"EAR99"}, destination = "CN", party_name = "Example Subsidiary Co.",
    party_owner_name = "SMIC", end_uses = {other_end_use}
  expect licence_required_footnote_5_affiliate by footnote_5_affiliate

example "HBM at 2.01 GB/s/mm2 to China is 3A090.c and needs a licence"
  as of 2025-06-01
  given question = licence_for_shipment, item_subject_to_ear = true,
    item_classification = {"3A", "3A090", "3A090.c"}, memory_item_kind = dram_or_hbm_stack,
    memory_bandwidth_density = 2.01 GBps_per_mm2, destination = "CN",
    party_name = "Example Memory Module Co.", party_headquarters = "KR",
    party_ultimate_parent_headquarters = "KR", hbm_exception_conditions_met = false,
    end_uses = {other_end_use}
  expect licence_required_3a090c by hbm_to_macau_or_d5

example "memory at exactly 2.0 GB/s/mm2 is not above 2 and is not 3A090.c"
  as of 2025-06-01
  given question = licence_for_shipment, item_subject_to_ear = true,
    item_classification = {"EAR99"}, memory_item_kind = dram_or_hbm_stack,
    memory_bandwidth_density = 2.0 GBps_per_mm2, destination = "CN",
    party_name = "Example Memory Module Co.", party_headquarters = "KR",
    party_ultimate_parent_headquarters = "KR", end_uses = {other_end_use}
  expect no_1202_licence_requirement by shipment_no_1202_requirement

example "HBM attached to a control-interface logic die with a PHY function is still 3A090.c"
  as of 2025-06-01
  given question = licence_for_shipment, item_subject_to_ear = true,
    item_classification = {"3A", "3A090", "3A090.c"},
    memory_item_kind = hbm_with_control_interface_logic,
    memory_bandwidth_density = 2.5 GBps_per_mm2, destination = "MO",
    party_name = "Example Memory Module Co.", party_headquarters = "KR",
    party_ultimate_parent_headquarters = "KR", hbm_exception_conditions_met = false,
    end_uses = {other_end_use}
  expect licence_required_3a090c by hbm_to_macau_or_d5

example "a co-packaged IC whose dominant function is processing is excluded from 3A090.c (its own classification is outside this policy)"
  as of 2025-06-01
  given question = licence_for_shipment, item_subject_to_ear = true,
    item_classification = {"3A", "3A090", "3A090.a"}, memory_item_kind = processing_ic_with_hbm,
    memory_bandwidth_density = 5.0 GBps_per_mm2, destination = "CN",
    party_name = "Example Memory Module Co.", party_headquarters = "KR",
    party_ultimate_parent_headquarters = "KR", end_uses = {other_end_use}
  expect no_1202_licence_requirement by shipment_no_1202_requirement

example "License Exception HBM for 3.0 GB/s/mm2 HBM when its other conditions are met"
  as of 2025-06-01
  given question = licence_for_shipment, item_subject_to_ear = true,
    item_classification = {"3A", "3A090", "3A090.c"}, memory_item_kind = dram_or_hbm_stack,
    memory_bandwidth_density = 3.0 GBps_per_mm2, destination = "CN",
    party_name = "Example Memory Module Co.", party_headquarters = "KR",
    party_ultimate_parent_headquarters = "KR", hbm_exception_conditions_met = true,
    end_uses = {other_end_use}
  expect licence_exception_hbm_available by hbm_licence_exception

example "HBM at 3.3 GB/s/mm2 is too dense for License Exception HBM"
  as of 2025-06-01
  given question = licence_for_shipment, item_subject_to_ear = true,
    item_classification = {"3A", "3A090", "3A090.c"}, memory_item_kind = dram_or_hbm_stack,
    memory_bandwidth_density = 3.3 GBps_per_mm2, destination = "CN",
    party_name = "Example Memory Module Co.", party_headquarters = "KR",
    party_ultimate_parent_headquarters = "KR", hbm_exception_conditions_met = true,
    end_uses = {other_end_use}
  expect licence_required_3a090c by hbm_to_macau_or_d5

example "HBM to Malaysia for a company whose ultimate parent is headquartered in China needs a licence"
  as of 2025-06-01
  given question = licence_for_shipment, item_subject_to_ear = true,
    item_classification = {"3A", "3A090", "3A090.c"}, memory_item_kind = dram_or_hbm_stack,
    memory_bandwidth_density = 2.5 GBps_per_mm2, destination = "MY",
    party_name = "Example Packaging Sdn. Bhd.", party_headquarters = "MY",
    party_ultimate_parent_headquarters = "CN", end_uses = {other_end_use}
  expect licence_required_744_23_headquarters by advanced_computing_headquarters

example "for HBM to China the buyer's headquarters must be known"
  as of 2025-06-01
  given question = licence_for_shipment, item_subject_to_ear = true,
    item_classification = {"3A", "3A090", "3A090.c"}, memory_item_kind = dram_or_hbm_stack,
    memory_bandwidth_density = 2.5 GBps_per_mm2, destination = "CN",
    party_name = "Example Memory Module Co.", hbm_exception_conditions_met = false,
    end_uses = {other_end_use}
  expect needs_information missing party_headquarters, party_ultimate_parent_headquarters

example "HBM to Cambodia needs a licence on 2026-02-02"
  as of 2026-02-02
  given question = licence_for_shipment, item_subject_to_ear = true,
    item_classification = {"3A", "3A090", "3A090.c"}, memory_item_kind = dram_or_hbm_stack,
    memory_bandwidth_density = 2.5 GBps_per_mm2, destination = "KH",
    party_name = "Example Memory Module Co.", party_headquarters = "SG",
    party_ultimate_parent_headquarters = "SG", hbm_exception_conditions_met = false,
    end_uses = {other_end_use}
  expect licence_required_3a090c by hbm_to_macau_or_d5

example "HBM to Cambodia needs no 1202 licence from 2026-02-03"
  as of 2026-02-03
  given question = licence_for_shipment, item_subject_to_ear = true,
    item_classification = {"3A", "3A090", "3A090.c"}, memory_item_kind = dram_or_hbm_stack,
    memory_bandwidth_density = 2.5 GBps_per_mm2, destination = "KH",
    party_name = "Example Memory Module Co.", party_headquarters = "SG",
    party_ultimate_parent_headquarters = "SG", hbm_exception_conditions_met = false,
    end_uses = {other_end_use}
  expect no_1202_licence_requirement by shipment_no_1202_requirement

example "a U.S.-made 3B001.c tool to China needs a licence (Macau/D:5 SME set)"
  as of 2025-06-01
  given question = licence_for_shipment, item_subject_to_ear = true,
    item_classification = {"3B", "3B001", "3B001.c"}, item_foreign_made = false,
    destination = "CN", party_name = "Example Wafer Fab Co."
  expect licence_required_macau_d5_sme by sme_to_macau_or_d5

example "3D992 software to Russia needs a licence (Macau/D:5 SME set)"
  as of 2025-06-01
  given question = licence_for_shipment, item_subject_to_ear = true,
    item_classification = {"3D", "3D992"}, item_foreign_made = false, destination = "RU",
    party_name = "Example Buyer LLC"
  expect licence_required_macau_d5_sme by sme_to_macau_or_d5

example "a Japanese-made SME FDP tool exported by a Japanese entity needs no SME FDP licence"
  as of 2025-06-01
  given question = licence_for_shipment, item_subject_to_ear = true,
    item_classification = {"3B", "3B001", "3B001.c"}, item_foreign_made = true,
    direct_product_of = {"3E992"}, plant_direct_product_of = {},
    contained_commodity_plant_direct_product_of = {}, contains_us_origin_ic = false,
    exporting_entity_country = "JP", destination = "CN", party_name = "Example Wafer Fab Co."
  expect no_licence_required_supp4_exporter by supp4_exporter_carve_out

example "the same tool exported by a Korean entity needs a licence: South Korea is not in Supplement No. 4"
  as of 2025-06-01
  given question = licence_for_shipment, item_subject_to_ear = true,
    item_classification = {"3B", "3B001", "3B001.c"}, item_foreign_made = true,
    direct_product_of = {"3E992"}, plant_direct_product_of = {},
    contained_commodity_plant_direct_product_of = {}, contains_us_origin_ic = false,
    exporting_entity_country = "KR", destination = "CN", party_name = "Example Wafer Fab Co."
  expect licence_required_macau_d5_sme by sme_to_macau_or_d5

example "a new 3B994 tool to a destination that 742.6(a)(11) covers needs a licence"
  as of 2025-06-01
  given question = licence_for_shipment, item_subject_to_ear = true,
    item_classification = {"3B", "3B994"}, destination = "CN",
    destination_in_742_6_a_11_scope = true, party_name = "Example Wafer Fab Co."
  expect licence_required_742_6_a_11 by new_eccns_742_6_a_11

example "a foreign-made 3B992 tool for an unlisted DRAM fab in China with 0.0018 um2 cells needs a licence under 744.11"
  as of 2025-06-01
  given question = licence_for_shipment, item_subject_to_ear = true,
    item_classification = {"3B", "3B992"}, destination = "CN", item_foreign_made = true,
    direct_product_of = {}, plant_direct_product_of = {"3E001"},
    contained_commodity_plant_direct_product_of = {}, party_name = "Example DRAM Fab Co.",
    for_footnote_5_entity_items = false, facility_involved = true, facility_country = "CN",
    ic_types = {dram_ic}, dram_cell_area = 0.0018 um2
  expect licence_required_744_11_footnote_5_fdp by footnote_5_fdp_licence

example "an EAR99 item for an ordinary buyer in Germany needs no 1202 licence"
  as of 2025-06-01
  given question = licence_for_shipment, item_subject_to_ear = true,
    item_classification = {"EAR99"}, destination = "DE", party_name = "Example GmbH",
    end_uses = {other_end_use}
  expect no_1202_licence_requirement by shipment_no_1202_requirement

# Question 3: is this a restricted end use at this fab (744.23)?
example "any item, even EAR99, for a 128-layer NAND fab in China needs a licence"
  as of 2025-06-01
  given question = restricted_end_use_at_fab, item_subject_to_ear = true,
    item_classification = {"EAR99"}, party_name = "Example NAND Fab Co.",
    end_uses = {ic_development_or_production}, facility_country = "CN", ic_types = {nand_ic},
    nand_layers = 128 layers, veu_authorization_covers_export = false
  expect licence_required_744_23_advanced_node_fab by advanced_node_fab

example "a 127-layer NAND fab is not an advanced-node facility"
  as of 2025-06-01
  given question = restricted_end_use_at_fab, item_subject_to_ear = true,
    item_classification = {"EAR99"}, party_name = "Example NAND Fab Co.",
    end_uses = {ic_development_or_production}, facility_country = "CN", ic_types = {nand_ic},
    nand_layers = 127 layers
  expect no_744_23_restriction by fab_no_744_23_restriction

example "a planar logic fab at the 16/14 nm node is an advanced-node facility"
  as of 2026-03-01
  given question = restricted_end_use_at_fab, item_subject_to_ear = true,
    item_classification = {"EAR99"}, party_name = "Example Logic Fab Co.",
    end_uses = {ic_development_or_production}, facility_country = "CN", ic_types = {logic_ic},
    logic_node = 16 nm, logic_non_planar = false
  expect licence_required_744_23_advanced_node_fab by advanced_node_fab

example "a planar 28 nm logic fab is not an advanced-node facility"
  as of 2026-03-01
  given question = restricted_end_use_at_fab, item_subject_to_ear = true,
    item_classification = {"EAR99"}, party_name = "Example Logic Fab Co.",
    end_uses = {ic_development_or_production}, facility_country = "CN", ic_types = {logic_ic},
    logic_node = 28 nm, logic_non_planar = false
  expect no_744_23_restriction by fab_no_744_23_restriction

example "a non-planar transistor architecture makes a logic fab advanced at any node"
  as of 2026-03-01
  given question = restricted_end_use_at_fab, item_subject_to_ear = true,
    item_classification = {"EAR99"}, party_name = "Example Logic Fab Co.",
    end_uses = {ic_development_or_production}, facility_country = "CN", ic_types = {logic_ic},
    logic_node = 22 nm, logic_non_planar = true
  expect licence_required_744_23_advanced_node_fab by advanced_node_fab

example "DRAM with 0.0019 um2 cells and 0.288 Gb/mm2 is not advanced-node under the reported figures"
  as of 2026-03-01
  given question = restricted_end_use_at_fab, item_subject_to_ear = true,
    item_classification = {"EAR99"}, party_name = "Example DRAM Fab Co.",
    end_uses = {ic_development_or_production}, facility_country = "CN", ic_types = {dram_ic},
    dram_cell_area = 0.0019 um2, dram_density = 0.288 Gb_per_mm2
  expect no_744_23_restriction by fab_no_744_23_restriction

example "DRAM above 0.288 Gb/mm2 is advanced-node under the reported figures"
  as of 2026-03-01
  given question = restricted_end_use_at_fab, item_subject_to_ear = true,
    item_classification = {"EAR99"}, party_name = "Example DRAM Fab Co.",
    end_uses = {ic_development_or_production}, facility_country = "CN", ic_types = {dram_ic},
    dram_cell_area = 0.0019 um2, dram_density = 0.289 Gb_per_mm2
  expect licence_required_744_23_advanced_node_fab by advanced_node_fab

example "your own reading of the DRAM prong takes precedence over the reported figures"
  as of 2026-03-01
  given question = restricted_end_use_at_fab, item_subject_to_ear = true,
    item_classification = {"EAR99"}, party_name = "Example DRAM Fab Co.",
    end_uses = {ic_development_or_production}, facility_country = "CN", ic_types = {dram_ic},
    dram_cell_area = 0.0018 um2, dram_advanced_node_stated = false
  expect no_744_23_restriction by fab_no_744_23_restriction

example "a Category 3B item for a Chinese fab whose node is not known needs a licence"
  as of 2026-03-01
  given question = restricted_end_use_at_fab, item_subject_to_ear = true,
    item_classification = {"3B", "3B991"}, party_name = "Example Wafer Fab Co.",
    end_uses = {ic_development_or_production}, facility_country = "CN"
  expect licence_required_744_23_unknown_node_fab by unknown_node_fab

example "an EAR99 item for a Chinese fab whose node is not known: the node must be found out"
  as of 2026-03-01
  given question = restricted_end_use_at_fab, item_subject_to_ear = true,
    item_classification = {"EAR99"}, party_name = "Example Wafer Fab Co.",
    end_uses = {ic_development_or_production}, facility_country = "CN"
  expect needs_information missing ic_types, logic_node, logic_non_planar, nand_layers, dram_advanced_node_stated, dram_cell_area, dram_density

example "a footnote-5 fab (SMIC South) is governed by the Entity List, not 744.23(a)(2)"
  as of 2025-06-01
  given question = restricted_end_use_at_fab, item_subject_to_ear = true,
    item_classification = {"EAR99"}, party_name = "SMIC South",
    end_uses = {ic_development_or_production}, facility_country = "CN", ic_types = {logic_ic},
    logic_node = 7 nm, logic_non_planar = true
  expect licence_required_footnote_5 by footnote_5_displaces_744_23

example "a VEU authorization covering the export stands until 2025-12-30"
  as of 2025-12-30
  given question = restricted_end_use_at_fab, item_subject_to_ear = true,
    item_classification = {"EAR99"}, party_name = "Example Foreign-Owned DRAM Fab Co.",
    end_uses = {ic_development_or_production}, facility_country = "CN", ic_types = {dram_ic},
    dram_advanced_node_stated = true, veu_authorization_covers_export = true
  expect authorized_under_veu by veu_authorization

example "VEU authorizations of foreign-owned fabs in China are revoked on 2025-12-31"
  as of 2025-12-31
  given question = restricted_end_use_at_fab, item_subject_to_ear = true,
    item_classification = {"EAR99"}, party_name = "Example Foreign-Owned DRAM Fab Co.",
    end_uses = {ic_development_or_production}, facility_country = "CN", ic_types = {dram_ic},
    dram_advanced_node_stated = true, veu_authorization_covers_export = true
  expect licence_required_744_23_advanced_node_fab by advanced_node_fab

example "ECAD software to design a 5 nm logic IC to be made in China needs a licence"
  as of 2025-06-01
  given question = restricted_end_use_at_fab, item_subject_to_ear = true,
    item_classification = {"EAR99"}, item_is_ecad_or_tcad = true,
    party_name = "Example Design House Co.", end_uses = {ic_design}, facility_country = "CN",
    ic_types = {logic_ic}, logic_node = 5 nm
  expect licence_required_744_23_ecad_tcad by ecad_tcad_end_use

example "a CCL item for developing 3B993 equipment in China needs a licence"
  as of 2025-06-01
  given question = restricted_end_use_at_fab, item_subject_to_ear = true,
    item_classification = {"2B", "2B001"}, party_name = "Example Tool Maker Co.",
    end_uses = {sme_development_or_production}, developed_sme_classification = {"3B", "3B993"},
    destination = "CN"
  expect licence_required_744_23_sme_development by sme_development_to_macau_or_d5

example "a CCL item for a China-headquartered SME developer in Singapore needs a licence"
  as of 2025-06-01
  given question = restricted_end_use_at_fab, item_subject_to_ear = true,
    item_classification = {"2B", "2B001"}, party_name = "Example Tool Maker Pte. Ltd.",
    end_uses = {sme_development_or_production},
    developed_sme_classification = {"3B", "3B001", "3B001.c"}, destination = "SG",
    party_headquarters = "SG", party_ultimate_parent_headquarters = "CN"
  expect licence_required_744_23_sme_development by sme_development_headquarters

example "an EAR99 item is not reached by the SME development control, which covers items on the CCL"
  as of 2025-06-01
  given question = restricted_end_use_at_fab, item_subject_to_ear = true,
    item_classification = {"EAR99"}, party_name = "Example Tool Maker Co.",
    end_uses = {sme_development_or_production}, developed_sme_classification = {"3B", "3B993"},
    destination = "CN"
  expect no_744_23_restriction by fab_no_744_23_restriction

example "back-end packaging that does not change the technology level is not 'production'"
  as of 2025-06-01
  given question = restricted_end_use_at_fab, item_subject_to_ear = true,
    item_classification = {"EAR99"}, party_name = "Example Logic Fab Co.",
    end_uses = {back_end_assembly_test_packaging}, facility_country = "CN",
    ic_types = {logic_ic}, logic_node = 7 nm, logic_non_planar = true
  expect not_production_back_end_exclusion by back_end_not_production

example "a 4A003 computer for a supercomputer in China needs a licence"
  as of 2025-06-01
  given question = restricted_end_use_at_fab, item_subject_to_ear = true,
    item_classification = {"4A", "4A003"}, party_name = "Example Computing Center",
    end_uses = {supercomputer_use}, supercomputer_location = "CN"
  expect licence_required_744_23_supercomputer by supercomputer_end_use

example "an advanced-node fab in Cambodia is a Macau/D:5 fab on 2026-02-02"
  as of 2026-02-02
  given question = restricted_end_use_at_fab, item_subject_to_ear = true,
    item_classification = {"EAR99"}, party_name = "Example Logic Fab Co.",
    end_uses = {ic_development_or_production}, facility_country = "KH", ic_types = {logic_ic},
    logic_node = 7 nm
  expect licence_required_744_23_advanced_node_fab by advanced_node_fab

example "the same fab in Cambodia is outside 744.23 from 2026-02-03"
  as of 2026-02-03
  given question = restricted_end_use_at_fab, item_subject_to_ear = true,
    item_classification = {"EAR99"}, party_name = "Example Logic Fab Co.",
    end_uses = {ic_development_or_production}, facility_country = "KH", ic_types = {logic_ic},
    logic_node = 7 nm
  expect no_744_23_restriction by fab_no_744_23_restriction

# Question 4: may this U.S. person do this work at this fab (744.6(c))?
example "a U.S. person may not support production at a FinFET fab in China without a licence"
  as of 2025-06-01
  given question = us_person_support, actor_is_us_person = true,
    us_person_activity = support_ic_development_or_production,
    reported_exclusion = no_exclusion_claimed, facility_country = "CN", ic_types = {logic_ic},
    logic_non_planar = true
  expect licence_required_744_6_us_person_support by us_person_support_at_advanced_fab

example "clerical work falls within a reported, unconfirmed exclusion"
  as of 2025-06-01
  given question = us_person_support, actor_is_us_person = true,
    us_person_activity = support_ic_development_or_production,
    reported_exclusion = administrative_or_clerical_work, facility_country = "CN",
    ic_types = {logic_ic}, logic_non_planar = true
  expect reported_744_6_exclusion_unconfirmed by us_person_reported_exclusion

example "whether a reported exclusion fits must be answered"
  as of 2025-06-01
  given question = us_person_support, actor_is_us_person = true,
    us_person_activity = support_ic_development_or_production, facility_country = "CN",
    ic_types = {nand_ic}, nand_layers = 232 layers
  expect needs_information missing reported_exclusion

example "a U.S. person may not transfer a foreign-made 3B001.c tool not subject to the EAR to an advanced fab in China"
  as of 2025-06-01
  given question = us_person_support, actor_is_us_person = true,
    us_person_activity = ship_transmit_or_transfer_item, item_subject_to_ear = false,
    item_classification = {"3B", "3B001", "3B001.c"}, end_uses = {ic_development_or_production},
    facility_country = "CN", ic_types = {logic_ic}, logic_node = 7 nm
  expect licence_required_744_6_us_person_transfer by us_person_transfer_item_not_subject

example "a non-U.S. person is outside 744.6(c)"
  as of 2025-06-01
  given question = us_person_support, actor_is_us_person = false,
    us_person_activity = support_ic_development_or_production, facility_country = "CN",
    ic_types = {logic_ic}, logic_non_planar = true
  expect no_744_6_restriction by us_person_no_restriction

example "support at a planar 28 nm fab is not restricted"
  as of 2025-06-01
  given question = us_person_support, actor_is_us_person = true,
    us_person_activity = support_ic_development_or_production, facility_country = "CN",
    ic_types = {logic_ic}, logic_node = 28 nm, logic_non_planar = false
  expect no_744_6_restriction by us_person_no_restriction
