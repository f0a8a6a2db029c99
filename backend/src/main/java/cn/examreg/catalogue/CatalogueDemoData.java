package cn.examreg.catalogue;

import cn.examreg.catalogue.FeeItem.Channel;
import cn.examreg.catalogue.FeeItem.Item;
import cn.examreg.common.time.ChinaTime;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Demo catalogue for `make run` (profile local; examreg.demo-data=true), created once and never in production:
 * <ul>
 * <li>two or three sites per area (e.g. 4301 长沙市考点, 4302 株洲市考点, and 4303 湘雅医学院考点 restricted to two
 * probation institutions);</li>
 * <li>this year's (China time) exams 110, 120, 141, 150 and 210 with, in every area, registration open now (opened
 * 10 days ago, closes in 30 days), review open now for 45 days, the skills fee payable now (opened yesterday, for
 * 30 days) and the written fee payable in 3 months. Dates are relative to the day of the first start;</li>
 * <li>the 2023 written-fee windows per province (seed 001) for exams 2023110 and 2023210.</li>
 * </ul>
 * Each part is created only when its first row is missing, so a restart changes nothing and a new year adds its
 * exams. Rows are written directly (no request, no operator): this is set-up, not an audited change.
 */
public class CatalogueDemoData {
    private static final Logger LOG = Logger.getLogger(CatalogueDemoData.class);
    private static final List<Channel> DEMO_CHANNELS = List.of(Channel.SANDBOX, Channel.WECHAT_NATIVE, Channel.PAY_BY_NUMBER);
    /** This year's demo exams with their skills fee (fen): clinical and dental ¥289, Chinese medicine ¥280. */
    private static final Map<String, Long> SKILLS_FEE = Map.of("110", 28900L, "120", 28900L, "141", 28000L,
            "150", 28000L, "210", 28900L);
    private static final long WRITTEN_PRACTISING = 17600L;
    private static final long WRITTEN_ASSISTANT = 13800L;

    /** Area code, second site's city, and a restricted site with its two probation institutions. */
    private record AreaSites(String area, String capital, String second, String restrictedName,
                             String institution1, String institution2) {
    }

    private static final List<AreaSites> SITES = List.of(
            new AreaSites("11", "东城区", "海淀区", "北京协和医学院考点", "北京协和医院", "中国医学科学院阜外医院"),
            new AreaSites("12", "和平区", "南开区", "天津医科大学考点", "天津医科大学总医院", "天津医科大学第二医院"),
            sites("13", "石家庄市", "唐山市", "河北医科大学"),
            sites("14", "太原市", "大同市", "山西医科大学"),
            sites("15", "呼和浩特市", "包头市", "内蒙古医科大学"),
            new AreaSites("21", "沈阳市", "大连市", "中国医科大学考点", "中国医科大学附属第一医院", "中国医科大学附属盛京医院"),
            new AreaSites("22", "长春市", "吉林市", "吉林大学白求恩医学部考点", "吉林大学第一医院", "吉林大学第二医院"),
            sites("23", "哈尔滨市", "齐齐哈尔市", "哈尔滨医科大学"),
            new AreaSites("31", "黄浦区", "徐汇区", "复旦大学上海医学院考点", "复旦大学附属中山医院", "复旦大学附属华山医院"),
            sites("32", "南京市", "苏州市", "南京医科大学"),
            new AreaSites("33", "杭州市", "宁波市", "浙江大学医学院考点", "浙江大学医学院附属第一医院", "浙江大学医学院附属第二医院"),
            sites("34", "合肥市", "芜湖市", "安徽医科大学"),
            sites("35", "福州市", "厦门市", "福建医科大学"),
            new AreaSites("36", "南昌市", "赣州市", "南昌大学医学部考点", "南昌大学第一附属医院", "南昌大学第二附属医院"),
            new AreaSites("37", "济南市", "青岛市", "山东大学齐鲁医学院考点", "山东大学齐鲁医院", "山东大学第二医院"),
            new AreaSites("41", "郑州市", "洛阳市", "郑州大学医学院考点", "郑州大学第一附属医院", "郑州大学第二附属医院"),
            new AreaSites("42", "武汉市", "宜昌市", "同济医学院考点", "华中科技大学同济医学院附属同济医院",
                    "华中科技大学同济医学院附属协和医院"),
            new AreaSites("43", "长沙市", "株洲市", "湘雅医学院考点", "中南大学湘雅医院", "中南大学湘雅二医院"),
            new AreaSites("44", "广州市", "深圳市", "中山大学医学院考点", "中山大学附属第一医院", "中山大学孙逸仙纪念医院"),
            sites("45", "南宁市", "柳州市", "广西医科大学"),
            sites("46", "海口市", "三亚市", "海南医科大学"),
            sites("50", "渝中区", "万州区", "重庆医科大学"),
            new AreaSites("51", "成都市", "绵阳市", "四川大学华西医学中心考点", "四川大学华西医院", "四川大学华西第二医院"),
            sites("52", "贵阳市", "遵义市", "贵州医科大学"),
            sites("53", "昆明市", "曲靖市", "昆明医科大学"),
            new AreaSites("54", "拉萨市", "日喀则市", "西藏大学医学院考点", "西藏自治区人民医院", "西藏自治区藏医院"),
            new AreaSites("61", "西安市", "宝鸡市", "西安交通大学医学部考点", "西安交通大学第一附属医院", "西安交通大学第二附属医院"),
            new AreaSites("62", "兰州市", "天水市", "兰州大学医学部考点", "兰州大学第一医院", "兰州大学第二医院"),
            new AreaSites("63", "西宁市", "海东市", "青海大学医学部考点", "青海大学附属医院", "青海省人民医院"),
            sites("64", "银川市", "石嘴山市", "宁夏医科大学"),
            sites("65", "乌鲁木齐市", "喀什地区", "新疆医科大学"),
            new AreaSites("66", "第八师石河子市", "第一师阿拉尔市", "石河子大学医学院考点", "石河子大学医学院第一附属医院",
                    "新疆生产建设兵团医院"));

    private static AreaSites sites(String area, String capital, String second, String university) {
        return new AreaSites(area, capital, second, university + "考点", university + "第一附属医院",
                university + "第二附属医院");
    }

    /**
     * 2023 written-exam (综合笔试) payment windows per province, from seed 001 (dates in China time, whole days).
     * Skipped: 吉林 (22, "6月26日起现场现金缴费": no closing date), 新疆 (65, "已开始，以考点通知为准": no dates) and
     * 兵团 (66, listed as published but without a row in the table).
     */
    private record SeedWindow(String area, MonthDay opens, MonthDay closes, List<Channel> channels) {
    }

    private static final List<Channel> NMEC_ONLINE = List.of(Channel.BANK_CARD);
    private static final List<SeedWindow> WRITTEN_2023 = List.of(
            seed("11", 6, 16, 6, 29), seed("13", 6, 20, 6, 25), seed("12", 6, 20, 6, 29), seed("50", 6, 17, 6, 27),
            seed("53", 6, 19, 6, 26), seed("21", 6, 25, 6, 29), seed("35", 6, 15, 6, 30), seed("36", 6, 20, 6, 30),
            seed("64", 6, 20, 6, 30), seed("54", 6, 20, 6, 30), seed("32", 6, 24, 6, 30), seed("62", 6, 26, 7, 2),
            // Hunan pays through the "湖南非税移动缴费" WeChat account: QR code or name + payment number
            new SeedWindow("43", MonthDay.of(6, 6), MonthDay.of(7, 3),
                    List.of(Channel.WECHAT_NATIVE, Channel.PAY_BY_NUMBER)),
            seed("42", 6, 14, 7, 3), seed("34", 6, 20, 7, 4), seed("23", 6, 25, 7, 4), seed("15", 6, 28, 7, 4),
            seed("46", 6, 22, 7, 5), seed("45", 6, 20, 7, 6), seed("63", 6, 26, 7, 9), seed("14", 6, 20, 6, 24),
            seed("31", 7, 3, 7, 7), seed("51", 7, 5, 7, 9), seed("61", 6, 26, 7, 10), seed("44", 7, 3, 7, 14),
            seed("37", 7, 10, 7, 17), seed("33", 7, 1, 7, 20), seed("52", 7, 3, 7, 23), seed("41", 7, 17, 7, 31));

    private static SeedWindow seed(String area, int openMonth, int openDay, int closeMonth, int closeDay) {
        return new SeedWindow(area, MonthDay.of(openMonth, openDay), MonthDay.of(closeMonth, closeDay), NMEC_ONLINE);
    }

    @ConfigProperty(name = "examreg.demo-data", defaultValue = "false")
    boolean enabled;

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        QuarkusTransaction.requiringNew().run(this::createSites);
        LocalDate today = ChinaTime.today();
        QuarkusTransaction.requiringNew().run(() -> createCurrentYear(today));
        if (today.getYear() != 2023) {
            QuarkusTransaction.requiringNew().run(this::create2023WrittenFees);
        }
    }

    void createSites() {
        int created = 0;
        for (AreaSites s : SITES) {
            if (ExamSite.findById(s.area() + "01") != null) {
                continue;
            }
            site(s.area() + "01", s.area(), s.capital() + "考点", false);
            site(s.area() + "02", s.area(), s.second() + "考点", false);
            site(s.area() + "03", s.area(), s.restrictedName(), true);
            institution(s.area() + "03", s.institution1());
            institution(s.area() + "03", s.institution2());
            created++;
        }
        if (created > 0) {
            LOG.infof("Demo catalogue: sites of %d areas created (e.g. 4301 长沙市考点, 4303 restricted)", created);
        }
    }

    /** This year's exams in every area: registration and review open now, skills fee payable now. */
    void createCurrentYear(LocalDate today) {
        List<String> created = new ArrayList<>();
        List<ExamArea> areas = ExamArea.listAll();
        for (String category : List.of("110", "120", "141", "150", "210")) {
            String code = Exam.codeOf(today.getYear(), category);
            if (Exam.findById(code) != null) {
                continue;
            }
            exam(today.getYear(), category);
            long written = category.startsWith("2") ? WRITTEN_ASSISTANT : WRITTEN_PRACTISING;
            for (ExamArea area : areas) {
                ExamAreaWindow w = new ExamAreaWindow();
                w.examCode = code;
                w.areaCode = area.code;
                w.registrationOpens = startOf(today.minusDays(10));
                w.registrationCloses = endOf(today.plusDays(30));
                w.reviewOpens = startOf(today);
                w.reviewCloses = endOf(today.plusDays(45));
                w.persist();
                fee(code, area.code, Item.SKILLS, SKILLS_FEE.get(category), startOf(today.minusDays(1)),
                        endOf(today.plusDays(30)), DEMO_CHANNELS);
                fee(code, area.code, Item.WRITTEN, written, startOf(today.plusMonths(3)),
                        endOf(today.plusMonths(3).plusDays(14)), DEMO_CHANNELS);
            }
            created.add(code);
        }
        if (!created.isEmpty()) {
            LOG.infof("Demo catalogue: exams %s with windows open now in all %d areas", created, areas.size());
        }
    }

    /** The 2023 written-fee windows of seed 001 for the clinical practising and assistant exams. */
    void create2023WrittenFees() {
        for (String category : List.of("110", "210")) {
            String code = Exam.codeOf(2023, category);
            if (Exam.findById(code) != null) {
                continue;
            }
            exam(2023, category);
            long amount = category.equals("110") ? WRITTEN_PRACTISING : WRITTEN_ASSISTANT;
            for (SeedWindow s : WRITTEN_2023) {
                fee(code, s.area(), Item.WRITTEN, amount, startOf(s.opens().atYear(2023)),
                        endOf(s.closes().atYear(2023)), s.channels());
            }
            LOG.infof("Demo catalogue: exam %s with the 2023 written-fee windows of %d provinces", code,
                    WRITTEN_2023.size());
        }
    }

    private static void exam(int year, String category) {
        Exam exam = new Exam();
        exam.code = Exam.codeOf(year, category);
        exam.year = year;
        exam.categoryCode = category;
        exam.persist();
    }

    private static void site(String code, String area, String name, boolean restricted) {
        ExamSite site = new ExamSite();
        site.code = code;
        site.areaCode = area;
        site.name = name;
        site.restricted = restricted;
        site.persist();
    }

    private static void institution(String siteCode, String name) {
        SiteInstitution institution = new SiteInstitution();
        institution.siteCode = siteCode;
        institution.institution = name;
        institution.persist();
    }

    private static void fee(String exam, String area, Item item, long amountFen, Instant opens, Instant closes,
                            List<Channel> channels) {
        FeeItem fee = new FeeItem();
        fee.examCode = exam;
        fee.areaCode = area;
        fee.item = item;
        fee.amountFen = amountFen;
        fee.payOpens = opens;
        fee.payCloses = closes;
        fee.offerChannels(channels);
        fee.persist();
    }

    /** 00:00:00 of the day, China time. */
    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ChinaTime.ZONE).toInstant();
    }

    /** 23:59:59 of the day, China time. */
    private static Instant endOf(LocalDate day) {
        return day.atTime(LocalTime.of(23, 59, 59)).atZone(ChinaTime.ZONE).toInstant();
    }
}
