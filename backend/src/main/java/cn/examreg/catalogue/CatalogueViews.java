package cn.examreg.catalogue;

import cn.examreg.catalogue.CatalogueDtos.AreaSchedule;
import cn.examreg.catalogue.CatalogueDtos.AreaView;
import cn.examreg.catalogue.CatalogueDtos.CategoryView;
import cn.examreg.catalogue.CatalogueDtos.ExamDetail;
import cn.examreg.catalogue.CatalogueDtos.ExamSummary;
import cn.examreg.catalogue.CatalogueDtos.FeeView;
import cn.examreg.catalogue.CatalogueDtos.SiteView;
import cn.examreg.catalogue.CatalogueDtos.TimeWindow;
import cn.examreg.common.time.ChinaTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Builds the catalogue's response bodies from its entities, with times in China time (+08:00). */
@ApplicationScoped
public class CatalogueViews {
    @Inject
    CatalogueService catalogue;

    public ExamSummary summary(Exam exam) {
        return new ExamSummary(exam.code, exam.year, CategoryView.of(catalogue.category(exam.categoryCode)));
    }

    /** The exam with its schedule in every area that has a window or a fee (or only in {@code areaCode}). */
    public ExamDetail detail(Exam exam, String areaCode, Instant now) {
        Map<String, ExamAreaWindow> windows = catalogue.windows(exam.code).stream()
                .collect(Collectors.toMap(w -> w.areaCode, w -> w));
        Map<String, List<FeeItem>> fees = catalogue.fees(exam.code).stream()
                .collect(Collectors.groupingBy(f -> f.areaCode, TreeMap::new, Collectors.toList()));
        TreeSet<String> areaCodes = new TreeSet<>(windows.keySet());
        areaCodes.addAll(fees.keySet());
        Map<String, ExamArea> areas = catalogue.areas().stream().collect(Collectors.toMap(a -> a.code, a -> a));
        List<AreaSchedule> schedules = areaCodes.stream()
                .filter(code -> areaCode == null || code.equals(areaCode))
                .map(code -> schedule(areas.get(code), windows.get(code), fees.getOrDefault(code, List.of()), now))
                .toList();
        return new ExamDetail(exam.code, exam.year, CategoryView.of(catalogue.category(exam.categoryCode)), schedules);
    }

    public AreaSchedule schedule(ExamArea area, ExamAreaWindow window, List<FeeItem> fees, Instant now) {
        Optional<ExamAreaWindow> w = Optional.ofNullable(window);
        return new AreaSchedule(AreaView.of(area),
                w.map(x -> new TimeWindow(china(x.registrationOpens), china(x.registrationCloses))).orElse(null),
                w.map(x -> new TimeWindow(china(x.reviewOpens), china(x.reviewCloses))).orElse(null),
                w.map(x -> x.registrationOpenAt(now)).orElse(false),
                w.map(x -> x.skillsPayableFrom).orElse(null),
                w.map(x -> x.version).orElse(null),
                fees.stream().sorted(java.util.Comparator.comparing(f -> f.item)).map(f -> fee(f, now)).toList());
    }

    public FeeView fee(FeeItem f, Instant now) {
        return new FeeView(f.item, f.amountFen, "CNY", china(f.payOpens), china(f.payCloses), f.channelList(),
                f.payableAt(now), f.payableAfter, f.version);
    }

    public SiteView site(ExamSite s) {
        return new SiteView(s.code, s.areaCode, s.name, s.address, s.restricted,
                s.restricted ? catalogue.institutions(s.code) : null, s.version);
    }

    public static OffsetDateTime china(Instant instant) {
        return ChinaTime.of(instant);
    }
}
