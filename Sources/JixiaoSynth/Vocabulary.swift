import JixiaoCore
/// Word lists the generator builds names from: county names, the departments a county has
/// (with their sub-units, projects and indicators), and the wording, synonyms and typos
/// the real samples use.
enum Vocabulary {
    // MARK: Counties

    /// First and second characters of synthetic county names (`清河县`, `东城区`). None of
    /// them is 县/区/旗/市, so the loader's county-from-department rule finds the real end.
    static let countyFirst = Array("清东西南北安平永宁长新兴泰和丰富乐康昌盛德仁义武文华阳青金银玉石云龙凤鹤松柏桃梅兰竹江湖海山溪泉林岭峰白黑红绿广远恒嘉顺通临高大小上下中崇灵秀美太万福寿")
    static let countySecond = Array("河城阳安平宁山江川源丰乐康泉林水台谷原陵州关口坪沟岗坝塘溪湾洲峪桥亭化兴昌德武南西定远泽门田溪峰")
    static let countyThird = Array("山水江河源台口湖")

    /// County types with their weights: most are 县, some 区, a few 旗.
    static let countyKinds: [(suffix: Character, weight: Int)] = [("县", 75), ("区", 21), ("旗", 4)]

    // MARK: Departments

    /// Departments in the order county budget books list them. `required` ones every
    /// county has. Names are county + suffix (`清河县` + `教育局`).
    static let departments: [DepartmentKind] = [
        DepartmentKind(suffix: "委办公室", required: true,
            units: ["委机要保密局"],
            projects: ["党委信息工作经费", "机要保密工作经费（其他商品和服务支出）", "督查督办工作经费", "全委会议经费（会议费）", "党内法规建设经费"],
            quantities: [.count("编发信息期数", .atLeast, 12...60, "期"), .count("督查督办事项件数", .atLeast, 20...200, "件"), .count("保障会议次数", .atLeast, 5...40, "次")],
            benefits: [.grade("确保县委决策部署落地见效", Grades.benefit)],
            served: ["机关干部满意度"]),
        DepartmentKind(suffix: "委组织部",
            units: ["委党校"],
            projects: ["党员教育培训（培训费）", "基层党组织建设经费", "人才工作专项经费", "干部档案数字化（委托业务费）", "软弱涣散村党组织整顿"],
            quantities: [.count("培训党员人次", .atLeast, 200...5000, "人次"), .count("新建党群服务中心个数", .equal, 1...12, "个"), .count("数字化干部档案卷数", .atLeast, 200...3000, "卷")],
            benefits: [.grade("基层党组织组织力明显提升", Grades.benefit)],
            served: ["参训党员满意度"]),
        DepartmentKind(suffix: "委宣传部",
            units: ["新时代文明实践中心"],
            projects: ["新时代文明实践中心建设", "宣传思想文化工作经费", "网络舆情监测（委托业务费）", "文明城市创建工作经费"],
            quantities: [.count("开展文明实践活动场次", .atLeast, 20...300, "场"), .count("舆情监测报告期数", .equal, 12...52, "期")],
            benefits: [.rate("群众文明素养知晓率", .atLeast, ["85", "90", "95"])],
            served: ["社会公众满意度"]),
        DepartmentKind(suffix: "人民代表大会常务委员会办公室",
            units: [],
            projects: ["人大代表履职经费", "代表之家建设", "人大常委会会议经费（会议费）", "执法检查工作经费"],
            quantities: [.count("组织代表视察次数", .atLeast, 2...12, "次"), .count("召开常委会会议次数", .atLeast, 6...12, "次")],
            benefits: [.grade("代表履职能力不断提升", Grades.benefit)],
            served: ["人大代表满意度"]),
        DepartmentKind(suffix: "人民政府办公室", required: true,
            units: ["人民政府机关", "政务网络工作中心", "外事办公室"],
            projects: ["政务公开", "综合管理（专项业务及机关事务管理）", "外事工作（其他商品和服务支出）", "市长公开电话办理及网络维护", "政务网络工作中心政务网维护经费（邮电费）",
                       "政务网络工作中心网络问政管理及维护费（维修维护费）", "政府机关运行保障经费", "电子政务外网网络服务专项经费"],
            quantities: [.count("维护信箱个数", .equal, 20...150, "每个"), .count("使用电子政务外网单位个数", .equal, 20...80, "个"), .count("受理市长公开电话交办件数量", .atLeast, 300...3000, "个"),
                         .count("保障会议承办次数", .atLeast, 10...60, "次"), .count("保障因公出差人数", .atLeast, 20...120, "人数"),
                         .count("宽带速率", .equal, 20...200, "Mbps"), .count("维护电子政务外网条数", .equal, 1...6, "条"), .count("政府信息公开年度报告", .equal, 1...1, "个")],
            benefits: [.grade("畅通群众监督举报渠道，提高政府为民服务的质量。", Grades.quality), .grade("提高政府工作信息畅通率", Grades.benefit)],
            served: ["外网使用人员满意度", "境外人员满意度", "被服务对象对政务公开工作满意度"]),
        DepartmentKind(suffix: "发展和改革局", required: true,
            units: ["价格认证中心", "粮食和物资储备中心"],
            projects: ["重点项目前期工作经费", "价格监测工作经费", "县级储备粮轮换费用补贴", "以工代赈项目管理", "社会信用体系建设"],
            quantities: [.count("编制项目可研报告个数", .atLeast, 5...40, "个"), .count("采集价格监测数据条数", .atLeast, 500...6000, "条"), .count("储备粮轮换数量", .equal, 500...5000, "吨")],
            benefits: [.grade("促进县域经济高质量发展", Grades.benefit)],
            served: ["项目单位满意度"]),
        DepartmentKind(suffix: "教育局", required: true,
            units: ["第一中学", "实验小学", "职业中学", "教师进修学校", "城关幼儿园"],
            projects: ["学生营养改善计划", "教师培训（培训费）", "校舍维修改造（维修维护费）", "学前教育保教费补助", "家庭经济困难学生资助", "义务教育薄弱环节改善", "校园安全保卫经费（劳务费）", "教育信息化建设"],
            quantities: [.count("受助学生人数", .atLeast, 200...9000, "人"), .count("培训教师人次", .atLeast, 100...2500, "人次"), .count("维修校舍面积", .atLeast, 500...20000, "平方米"), .count("覆盖学校个数", .equal, 10...90, "所")],
            benefits: [.rate("义务教育巩固率", .atLeast, ["95", "98", "99"]), .grade("办学条件明显改善", Grades.benefit)],
            served: ["学生家长满意度", "受助学生满意度"]),
        DepartmentKind(suffix: "科学技术局",
            units: [],
            projects: ["科技特派员工作经费", "科普活动经费", "高新技术企业培育", "科技成果转化"],
            quantities: [.count("选派科技特派员人数", .atLeast, 10...80, "人"), .count("开展科普活动次数", .atLeast, 4...40, "次"), .count("培育高新技术企业数量", .atLeast, 1...10, "家")],
            benefits: [.grade("科技创新能力明显提升", Grades.benefit)],
            served: ["企业满意度"]),
        DepartmentKind(suffix: "公安局", required: true,
            units: ["交通警察大队", "看守所", "刑事侦查大队"],
            projects: ["天网工程运维（维修维护费）", "禁毒工作经费", "道路交通安全管理", "警用装备购置（专用设备购置）", "看守所运行经费", "反诈宣传工作经费"],
            quantities: [.count("维护视频监控点位数量", .atLeast, 100...3000, "个"), .count("开展禁毒宣传次数", .atLeast, 10...100, "次"), .count("购置警用装备数量", .equal, 10...300, "套")],
            benefits: [.rate("刑事案件破案率", .atLeast, ["60", "70", "80"]), .grade("群众安全感明显提升", Grades.benefit)],
            served: ["群众安全感满意度"]),
        DepartmentKind(suffix: "民政局", required: true,
            units: ["社会福利院", "殡仪馆"],
            projects: ["城乡低保工作经费", "特困人员供养", "临时救助", "居家养老服务", "殡葬改革工作经费", "婚姻登记"],
            quantities: [.count("保障低保对象人数", .atLeast, 1000...20000, "人"), .count("特困供养人数", .atLeast, 100...3000, "人"), .count("开展临时救助人次", .atLeast, 100...3000, "人次")],
            benefits: [.grade("困难群众基本生活得到保障", Grades.benefit), .rate("救助资金发放准确率", .equal, ["100"])],
            served: ["救助对象满意度"]),
        DepartmentKind(suffix: "司法局",
            units: ["法律援助中心", "公证处"],
            projects: ["法律援助经费", "人民调解工作经费", "社区矫正工作经费", "普法宣传经费（印刷费）"],
            quantities: [.count("办理法律援助案件数", .atLeast, 50...600, "件"), .count("调解矛盾纠纷件数", .atLeast, 100...2000, "件"), .count("开展普法宣传场次", .atLeast, 10...120, "场")],
            benefits: [.rate("矛盾纠纷调解成功率", .atLeast, ["90", "95", "98"])],
            served: ["受援人满意度"]),
        DepartmentKind(suffix: "财政局", required: true,
            units: ["国库支付中心", "财政投资评审中心"],
            projects: ["预算绩效管理工作经费", "财政票据印制（印刷费）", "财政一体化系统运维（维修维护费）", "政府采购监管", "财政投资评审（委托业务费）", "行政事业单位资产清查"],
            quantities: [.count("开展重点绩效评价项目个数", .atLeast, 5...40, "个"), .count("评审项目个数", .atLeast, 50...600, "个"), .count("印制票据份数", .equal, 10000...200000, "份")],
            benefits: [.rate("审减率", .atLeast, ["5", "8", "10"]), .grade("财政资金使用效益明显提升", Grades.benefit)],
            served: ["预算单位满意度"]),
        DepartmentKind(suffix: "人力资源和社会保障局", required: true,
            units: ["就业服务中心", "劳动保障监察大队", "社会保险事业管理局"],
            projects: ["职业技能培训补贴", "公益性岗位补贴", "劳动保障监察工作经费", "人才补贴（安居补助）", "高校毕业生就业见习"],
            quantities: [.count("培训城乡劳动者人数", .atLeast, 300...5000, "人"), .count("开发公益性岗位个数", .atLeast, 50...800, "个"), .count("满足人才补贴发放人数", .equal, 1...60, "人数")],
            benefits: [.rate("城镇登记失业率", .atMost, ["3.5", "4", "4.5"]), .grade("促进县域发展", ["能够促进"])],
            served: ["参训人员满意度"]),
        DepartmentKind(suffix: "自然资源局",
            units: ["不动产登记中心", "地质灾害防治站"],
            projects: ["国土空间规划编制（委托业务费）", "不动产登记工作经费", "地质灾害防治", "耕地保护补偿", "自然资源执法监察"],
            quantities: [.count("监测地质灾害隐患点个数", .atLeast, 20...300, "处"), .count("办理不动产登记件数", .atLeast, 2000...20000, "件"), .count("耕地保护面积", .atLeast, 10000...300000, "亩")],
            benefits: [.grade("耕地保有量不减少", Grades.lasting), .grade("人民群众生命财产安全得到保障", Grades.benefit)],
            served: ["办事群众满意度"]),
        DepartmentKind(suffix: "生态环境局",
            units: ["环境监测站"],
            projects: ["大气污染防治", "水环境质量监测（委托业务费）", "生态环境执法", "农村环境综合整治"],
            quantities: [.count("空气质量监测点位数", .equal, 2...12, "个"), .count("开展执法检查次数", .atLeast, 50...500, "次"), .count("整治行政村个数", .atLeast, 5...60, "个")],
            benefits: [.rate("空气质量优良天数比例", .atLeast, ["85", "90", "92"]), .grade("生态环境明显改善", ["明显改善", "有效改善"])],
            served: ["周边群众满意度"]),
        DepartmentKind(suffix: "住房和城乡建设局", required: true,
            units: ["市政工程管理所", "住房保障中心"],
            projects: ["老旧小区改造", "城镇燃气安全检查", "农村危房改造", "市政设施维护（维修维护费）", "建筑工程质量监督"],
            quantities: [.count("改造老旧小区个数", .atLeast, 2...30, "个"), .count("改造农村危房户数", .atLeast, 20...500, "户"), .count("维护市政道路长度", .atLeast, 5...80, "公里")],
            benefits: [.grade("居民居住条件明显改善", Grades.benefit)],
            served: ["小区居民满意度"]),
        DepartmentKind(suffix: "交通运输局", required: true,
            units: ["公路养护段", "道路运输管理所"],
            projects: ["农村公路养护", "城乡客运补贴", "桥梁定期检测（委托业务费）", "交通安全隐患整治"],
            quantities: [.count("养护农村公路里程", .atLeast, 100...2000, "公里"), .count("检测桥梁座数", .atLeast, 10...200, "座"), .count("补贴客运车辆数", .equal, 20...300, "辆")],
            benefits: [.rate("农村公路优良中等路率", .atLeast, ["75", "80", "85"]), .grade("群众出行条件明显改善", Grades.benefit)],
            served: ["沿线群众满意度"]),
        DepartmentKind(suffix: "水利局", required: true,
            units: ["水库管理所", "水土保持站"],
            projects: ["河长制工作经费", "农村饮水安全工程维修养护（维修维护费）", "小型水库除险加固", "山洪灾害防治非工程措施运行维护", "水资源管理"],
            quantities: [.count("巡河次数", .atLeast, 100...2000, "次"), .count("维修供水工程处数", .atLeast, 10...120, "处"), .count("除险加固水库座数", .equal, 1...8, "座")],
            benefits: [.rate("农村自来水普及率", .atLeast, ["90", "95", "98"]), .grade("河湖水质持续改善", ["持续改善", "明显改善"])],
            served: ["受益群众满意度"]),
        DepartmentKind(suffix: "农业农村局", required: true,
            units: ["农业技术推广中心", "动物疫病预防控制中心", "农村经营管理站"],
            projects: ["高标准农田建设", "重大动物疫病防控", "基层农技推广体系建设", "耕地地力保护补贴", "农村人居环境整治", "农作物病虫害统防统治"],
            quantities: [.count("建设高标准农田面积", .atLeast, 5000...50000, "亩"), .count("免疫畜禽数量", .atLeast, 10000...500000, "头（只）"), .count("培训农民人次", .atLeast, 200...5000, "人次")],
            benefits: [.grade("带动农民增收", ["明显提升", "有效提升"]), .rate("重大动物疫病免疫密度", .atLeast, ["90", "95", "100"])],
            served: ["农户满意度"]),
        DepartmentKind(suffix: "商务局",
            units: ["招商服务中心"],
            projects: ["电子商务进农村", "招商引资工作经费", "外贸企业培育", "商贸流通体系建设"],
            quantities: [.count("建设村级电商服务站点个数", .atLeast, 10...120, "个"), .count("招商引资工作次数", .atLeast, 3...30, "次")],
            benefits: [.grade("带动农产品网络销售", Grades.benefit)],
            served: ["企业满意度"]),
        DepartmentKind(suffix: "文化广播电视和旅游局",
            units: ["图书馆", "文化馆", "文物管理所"],
            projects: ["公共文化服务体系建设", "非物质文化遗产保护", "旅游宣传推介", "送戏下乡", "公共图书馆免费开放"],
            quantities: [.count("送戏下乡场次", .atLeast, 20...200, "场"), .count("开展旅游宣传推介活动次数", .atLeast, 2...20, "次"), .count("图书馆新增藏书量", .atLeast, 1000...20000, "册")],
            benefits: [.grade("群众文化生活更加丰富", Grades.benefit)],
            served: ["群众满意度", "游客满意度"]),
        DepartmentKind(suffix: "卫生健康局", required: true,
            units: ["疾病预防控制中心", "妇幼保健院", "卫生监督执法大队"],
            projects: ["基本公共卫生服务", "家庭医生签约服务", "计划生育特别扶助", "免疫规划疫苗接种", "基层医疗卫生机构能力提升", "健康教育宣传（印刷费）"],
            quantities: [.count("家庭医生签约人数", .atLeast, 5000...100000, "人"), .count("扶助对象人数", .equal, 100...3000, "人"), .count("接种疫苗剂次", .atLeast, 10000...200000, "剂次")],
            benefits: [.rate("居民健康素养水平", .atLeast, ["25", "28", "30"]), .grade("群众健康水平不断提升", Grades.benefit)],
            served: ["签约居民满意度", "扶助对象满意度"]),
        DepartmentKind(suffix: "退役军人事务局",
            units: ["退役军人服务中心"],
            projects: ["优抚对象补助", "退役军人适应性培训", "烈士纪念设施管护", "双拥工作经费"],
            quantities: [.count("发放优抚对象人数", .equal, 200...3000, "人"), .count("培训退役军人人数", .atLeast, 30...400, "人")],
            benefits: [.grade("退役军人合法权益得到保障", Grades.benefit)],
            served: ["优抚对象满意度"]),
        DepartmentKind(suffix: "应急管理局", required: true,
            units: ["应急救援指挥中心"],
            projects: ["应急物资储备", "安全生产监管执法", "森林草原防灭火", "防汛抗旱工作经费", "应急救援队伍建设"],
            quantities: [.count("储备应急物资件数", .atLeast, 500...20000, "件"), .count("开展安全生产检查次数", .atLeast, 50...600, "次"), .count("组织应急演练次数", .atLeast, 2...20, "次")],
            benefits: [.rate("较大以上安全事故发生率", .equal, ["0"]), .grade("应急处置能力明显提升", Grades.benefit)],
            served: ["企业满意度"]),
        DepartmentKind(suffix: "审计局",
            units: [],
            projects: ["审计业务经费", "聘请中介机构参与审计（委托业务费）", "审计信息化建设"],
            quantities: [.count("完成审计项目个数", .atLeast, 10...60, "个"), .count("聘请中介机构参与审计项目数", .atLeast, 2...20, "个")],
            benefits: [.grade("促进财政资金规范使用", Grades.benefit)],
            served: ["被审计单位满意度"]),
        DepartmentKind(suffix: "市场监督管理局", required: true,
            units: ["食品药品检验所", "市场监管所"],
            projects: ["食品安全抽检（委托业务费）", "特种设备安全监察", "计量器具检定", "知识产权保护"],
            quantities: [.count("食品安全抽检批次", .atLeast, 300...3000, "批次"), .count("检查特种设备台数", .atLeast, 100...2000, "台"), .count("检定计量器具件数", .atLeast, 500...8000, "件")],
            benefits: [.rate("食品抽检合格率", .atLeast, ["97", "98", "99"])],
            served: ["市场主体满意度"]),
        DepartmentKind(suffix: "统计局",
            units: ["统计普查中心"],
            projects: ["统计调查经费", "经济普查", "统计执法检查"],
            quantities: [.count("调查样本户数", .atLeast, 100...2000, "户"), .count("发布统计报告期数", .equal, 12...24, "期")],
            benefits: [.grade("为党委政府决策提供依据", Grades.benefit)],
            served: ["数据使用单位满意度"]),
        DepartmentKind(suffix: "医疗保障局",
            units: ["医疗保险服务中心"],
            projects: ["医保基金监管", "城乡居民医保参保宣传", "医疗救助"],
            quantities: [.count("检查定点医药机构家数", .atLeast, 50...600, "家"), .count("医疗救助人次", .atLeast, 500...10000, "人次")],
            benefits: [.rate("城乡居民基本医疗保险参保率", .atLeast, ["95", "96", "98"])],
            served: ["参保群众满意度"]),
        DepartmentKind(suffix: "林业局",
            units: ["国有林场", "森林病虫害防治检疫站"],
            projects: ["天然林保护", "林业有害生物防治", "生态护林员管理", "森林资源管理"],
            quantities: [.count("管护森林面积", .atLeast, 50000...900000, "亩"), .count("聘用生态护林员人数", .equal, 100...1500, "人"), .count("防治有害生物面积", .atLeast, 1000...30000, "亩")],
            benefits: [.rate("森林覆盖率", .atLeast, ["55", "60", "65", "70"]), .grade("生态环境持续改善", ["持续改善", "明显改善"])],
            served: ["护林员满意度"]),
        DepartmentKind(suffix: "乡村振兴局",
            units: [],
            projects: ["脱贫人口小额信贷贴息", "雨露计划", "帮扶车间建设", "防返贫动态监测"],
            quantities: [.count("贴息户数", .atLeast, 100...3000, "户"), .count("资助学生人数", .atLeast, 100...2000, "人")],
            benefits: [.grade("脱贫群众收入持续增加", Grades.benefit), .grade("不发生规模性返贫", ["长期有效"])],
            served: ["脱贫户满意度"]),
        DepartmentKind(suffix: "信访局",
            units: [],
            projects: ["信访工作业务经费", "网上信访平台运维（维修维护费）", "重大节日期间信访维稳"],
            quantities: [.count("开展复查复核信访事项工作次数", .atLeast, 4...30, "次"), .count("开展信访工作指导、监督和检查", .atLeast, 5...30, "次")],
            benefits: [.count("彻底解决信访人信访事项", .atLeast, 1...50, "件"), .grade("规范信访事项的办理", ["良好"])],
            served: ["信访人员满意度", "工作人员满意度"]),
        DepartmentKind(suffix: "机关事务服务中心",
            units: ["公务用车服务中心"],
            projects: ["办公楼物业管理（物业管理费）", "公务用车平台运行", "公共机构节能改造"],
            quantities: [.count("物业服务面积", .equal, 5000...60000, "平方米"), .count("平台车辆数", .equal, 10...80, "辆")],
            benefits: [.grade("机关运行保障能力明显提升", Grades.benefit)],
            served: ["入驻单位满意度"]),
        DepartmentKind(suffix: "档案馆",
            units: [],
            projects: ["档案数字化（委托业务费）", "档案抢救保护", "档案库房改造"],
            quantities: [.count("数字化档案页数", .atLeast, 50000...800000, "页"), .count("抢救修复档案卷数", .atLeast, 100...2000, "卷")],
            benefits: [.grade("档案利用效率明显提升", Grades.benefit)],
            served: ["查档群众满意度"]),
        DepartmentKind(suffix: "融媒体中心",
            units: [],
            projects: ["新闻宣传经费", "广播电视设备运维（维修维护费）", "应急广播体系建设"],
            quantities: [.count("播发新闻稿件条数", .atLeast, 1000...8000, "条"), .count("维护应急广播终端个数", .atLeast, 100...2000, "个")],
            benefits: [.grade("主流舆论阵地不断巩固", Grades.benefit)],
            served: ["受众群体满意度"]),
        DepartmentKind(suffix: "政务服务和大数据管理局",
            units: ["政务服务中心", "12345政务服务便民热线中心"],
            projects: ["政务服务大厅运行", "电子政务外网运维（邮电费）", "12345热线运行经费", "数据共享交换平台运维（维修维护费）"],
            quantities: [.count("进驻事项个数", .atLeast, 500...1500, "项"), .count("受理热线工单件数", .atLeast, 5000...60000, "件"), .count("党政机关网络线路运维", .equal, 20...80, "条")],
            benefits: [.rate("网上可办率", .atLeast, ["90", "95", "98"]), .grade("提高信息高度共享能力", ["明显提升"])],
            served: ["办事群众满意度", "使用者满意度"]),
        DepartmentKind(suffix: "综合行政执法局",
            units: ["环境卫生管理所", "园林绿化所"],
            projects: ["城区环卫保洁（劳务费）", "城市路灯维护（维修维护费）", "城市绿化管护", "违法建设治理"],
            quantities: [.count("保洁面积", .atLeast, 100000...2000000, "平方米"), .count("维护路灯盏数", .atLeast, 1000...12000, "盏"), .count("管护绿地面积", .atLeast, 50000...800000, "平方米")],
            benefits: [.grade("城市环境明显改善", ["明显改善", "有效改善"])],
            served: ["市民满意度"]),
        DepartmentKind(suffix: "总工会",
            units: [],
            projects: ["困难职工帮扶", "职工技能竞赛", "职工服务阵地建设"],
            quantities: [.count("帮扶困难职工人数", .atLeast, 50...600, "人"), .count("举办技能竞赛场次", .atLeast, 1...10, "场")],
            benefits: [.grade("职工获得感明显提升", Grades.benefit)],
            served: ["职工满意度"]),
        DepartmentKind(suffix: "妇女联合会",
            units: [],
            projects: ["农村妇女“两癌”筛查", "妇女儿童维权服务", "巾帼创业培训"],
            quantities: [.count("筛查妇女人数", .atLeast, 1000...15000, "人"), .count("培训妇女人次", .atLeast, 100...2000, "人次")],
            benefits: [.grade("妇女儿童合法权益得到保障", Grades.benefit)],
            served: ["受检妇女满意度"]),
        DepartmentKind(suffix: "残疾人联合会",
            units: ["残疾人康复中心"],
            projects: ["残疾人康复救助", "残疾人两项补贴工作经费", "残疾人职业技能培训"],
            quantities: [.count("康复救助残疾儿童人数", .atLeast, 20...400, "人"), .count("发放补贴人数", .equal, 500...8000, "人")],
            benefits: [.grade("残疾人生活质量有效提升", Grades.benefit)],
            served: ["残疾人满意度"]),
    ]

    // MARK: Projects every department may have

    static let commonProjects = [
        "公务用车运行维护费", "办公设备购置", "信息系统运维（维修维护费）", "网络租赁费（邮电费）", "临时聘用人员经费（劳务费）",
        "党建工作经费", "业务培训（培训费）", "档案整理（委托业务费）", "办公楼维修（维修维护费）", "专项业务经费（其他商品和服务支出）",
        "宣传工作经费（印刷费）", "安全生产工作经费", "法律顾问服务费（委托业务费）", "乡村振兴驻村帮扶工作经费", "机关食堂运行经费",
        "志愿服务活动经费", "保密工作经费", "网络安全等级保护测评（委托业务费）", "视频会议系统运维（维修维护费）", "意识形态工作经费",
        "疫情防控工作经费", "业务工作经费", "精神文明建设经费", "综合治理工作经费", "行政执法工作经费",
    ]

    /// Economic-class brackets a unit adds to a project name (30213 维修（护）费 and the like).
    static let economicSuffixes = ["（其他商品和服务支出）", "（其他商品和服务支出）", "（委托业务费）", "（专用材料费）", "（办公费）", "（劳务费）"]

    /// Towns a county names in projects when the same work is done in several places.
    static let towns = ["城关镇", "新华镇", "永安乡", "太平镇", "河口镇", "石门乡", "龙泉镇", "青石乡", "白马乡", "东坝镇", "南坪镇", "金光镇"]

    // MARK: Indicators every project may have

    static let quantities: [IndicatorTemplate] = [
        .count("开展培训次数", .atLeast, 2...24, "次"), .count("培训人次", .atLeast, 50...3000, "人次"),
        .count("维护设备数量", .atLeast, 5...300, "台"), .count("覆盖单位个数", .equal, 3...60, "个"),
        .count("印制宣传资料份数", .atLeast, 500...20000, "份"), .count("召开会议次数", .atLeast, 2...30, "次"),
        .count("维护公务用车数量", .equal, 1...20, "辆"), .count("检查次数", .atLeast, 4...120, "次"),
        .count("购置设备数量", .equal, 1...50, "台"), .count("开展宣传活动次数", .atLeast, 2...40, "场"),
        .count("完成项目个数", .equal, 1...20, "个"), .count("报送信息篇数", .atLeast, 10...300, "篇"),
        .count("购买商业险和交强险次数", .equal, 1...1, "次"), .count("聘用人员人数", .equal, 2...40, "人"),
        .count("信箱正常使用时间", .equal, 12...12, "月"), .count("服务对象人数", .atLeast, 100...20000, "人"),
    ]
    static let qualities: [IndicatorTemplate] = [
        .rate("验收合格率"), .rate("资金使用合规率", .equal, ["100"]), .rate("设备完好率", .atLeast, ["95", "98", "99"]),
        .rate("信箱正常使用率", .atLeast, ["95", "98"]), .rate("数据准确率", .atLeast, ["98", "99", "100"]),
        .rate("任务完成率", .atLeast, ["95", "98", "100"]), .rate("办理检查率", .atLeast, ["99"]),
        .rate("网络丢包率", .less, ["0.3", "0.5", "1"]).prefixed("丢包率"),
        .count("网络故障发生次数", .atMost, 2...10, "次"),
        .grade("工作质量", Grades.quality), .grade("确保网络畅通，机构正常运转。", ["好坏", "优良中差"]),
        .grade("确保各项工作按要求完成", Grades.quality),
    ]
    static let timeliness: [IndicatorTemplate] = [
        .rate("完成及时率"), .rate("资金拨付及时率", .equal, ["100"]),
        .count("故障响应时间", .atMost, 1...24, "小时"), .count("故障相应时间", .atMost, 1...4, "小时"),  // the sample's typo
        .count("项目完成时间", .atMost, 6...12, "月"), .grade("维护及时率", Grades.quality),
        .rate("公开及时有效率", .atLeast, ["99"]), .grade("工作完成时间", Grades.wholeYear),
        .count("问题整改时限", .atMost, 7...30, "天"),
    ]
    static let costs: [IndicatorTemplate] = [
        IndicatorTemplate(name: "财政负担成本", comparison: .equal, values: .budget, unit: ""),
        IndicatorTemplate(name: "项目总成本", comparison: .atMost, values: .budget, unit: ""),
        IndicatorTemplate(name: "经费支出", comparison: .atMost, values: .budget, unit: ""),
    ]
    static let socialBenefits: [IndicatorTemplate] = [
        .grade("提高政府为民服务的质量，确保工作有序开展。", Grades.quality),
        .grade("满足工作需要，提高机构管理服务水平", ["高中低", "明显提升"]),
        .grade("促进县域发展", ["能够促进"]), .grade("社会公众认可度", ["明显提升", "不断提升"]),
        .rate("政策知晓率", .atLeast, ["85", "90", "95"]), .grade("保障单位正常运转", ["良好", "优良中差"]),
        .grade("提升部门履职能力", Grades.benefit),
    ]
    static let economicBenefits: [IndicatorTemplate] = [
        .grade("节约行政运行成本", ["有效节约", "明显"]), .grade("带动群众增收", ["明显提升", "有效提升"]),
    ]
    static let ecologicalBenefits: [IndicatorTemplate] = [
        .grade("改善人居环境", ["明显改善", "有效改善"]), .grade("减少环境污染", ["有效减少", "明显"]),
    ]
    static let lastingBenefits: [IndicatorTemplate] = [
        .grade("长效管理机制", Grades.lasting), .grade("持续发挥项目效益", Grades.lasting),
        .grade("群众对政府政策的了解程度", ["持续提升"]), .grade("持续完善信息化建设", Grades.lasting),
    ]
    /// Satisfaction names with the samples' synonyms and typos.
    static let satisfaction = [
        "服务对象满意度", "服务对象满意度", "被服务对象满意率", "被服务对象满意度", "使用者满意度", "着力提高服务群众满意率",
        "受众群体满意度", "群众满意度", "社会公众满意度", "使用网络满意度", "网络日常维护满意度",
    ]
    static let satisfactionTargets = ["80", "85", "90", "90", "95", "95", "98", "99", "99"]

    // MARK: Goal sentences

    static let goalBases = ["根据《预算法》等有关规定", "根据县委县政府工作安排", "根据上级文件精神", "根据《信访条例》等有关规定",
                            "根据年度工作计划", "按照部门职责"]
    static let goalPurposes = ["保障各项工作顺利开展", "确保日常工作正常运转", "解决群众反映的突出问题", "完成上级交办的各项任务",
                               "落实惠民政策", "保障项目按期完成"]
    static let goalAims = ["提高政府管理和服务水平", "提升群众满意度", "提高财政资金使用效益", "推动县域经济社会发展",
                           "提升部门履职能力"]
}

/// One kind of department a county has, with what its projects are about.
struct DepartmentKind: Sendable {
    var suffix: String
    var required = false
    var units: [String]
    var projects: [String]
    var quantities: [IndicatorTemplate]
    var benefits: [IndicatorTemplate]
    var served: [String]
}

extension IndicatorTemplate {
    func prefixed(_ word: String) -> IndicatorTemplate {
        var copy = self
        copy.valuePrefix = word
        return copy
    }
}
