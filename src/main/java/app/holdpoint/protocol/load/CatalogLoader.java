package app.holdpoint.protocol.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import app.holdpoint.protocol.BodyMapMark;
import app.holdpoint.protocol.Catalog;
import app.holdpoint.protocol.HomeCareAdvice;
import app.holdpoint.protocol.Muscle;
import app.holdpoint.protocol.ScreeningQuestion;
import app.holdpoint.protocol.ScreeningSet;

/** Loads {@code catalog/muscles.yaml}, {@code catalog/screening.yaml} and {@code catalog/home-care.yaml}. */
public final class CatalogLoader {
    public static final String FOLDER = "catalog";
    static final String MUSCLES = "muscles.yaml";
    static final String SCREENING = "screening.yaml";
    static final String HOME_CARE = "home-care.yaml";

    /** The catalog (with whatever could be read) and the problems found. */
    public record Result(Catalog catalog, List<Problem> problems) {
    }

    private CatalogLoader() {
    }

    public static Result load(Path protocolsFolder) {
        Path folder = protocolsFolder.resolve(FOLDER);
        List<Problem> problems = new ArrayList<>();
        Map<String, Muscle> muscles = new HashMap<>();
        Map<String, ScreeningSet> sets = new HashMap<>();
        Map<String, HomeCareAdvice> advice = new HashMap<>();
        readList(folder, MUSCLES, "muscles", problems, (item, reader) -> muscle(reader).ifPresent(
                m -> putOnce(muscles, m.id(), m, item, reader.problems(), ProblemKey.WHAT_MUSCLE)));
        readList(folder, SCREENING, "sets", problems, (item, reader) -> screeningSet(reader).ifPresent(
                s -> putOnce(sets, s.id(), s, item, reader.problems(), ProblemKey.WHAT_SET)));
        readList(folder, HOME_CARE, "advice", problems, (item, reader) -> advice(reader).ifPresent(
                a -> putOnce(advice, a.id(), a, item, reader.problems(), ProblemKey.WHAT_ADVICE)));
        return new Result(new Catalog(muscles, sets, advice), problems);
    }

    private interface ItemReader {
        void read(YamlNode item, ItemContext reader);
    }

    private record ItemContext(FieldReader fields, Problems problems) {
    }

    private static void readList(Path folder, String fileName, String listKey, List<Problem> out,
                                 ItemReader itemReader) {
        Path file = folder.resolve(fileName);
        Problems problems = new Problems(FOLDER + "/" + fileName);
        if (!Files.isRegularFile(file)) {
            problems.error(1, 1, ProblemKey.CATALOG_MISSING);
            out.addAll(problems.all());
            return;
        }
        String text = SourceText.read(file, problems);
        if (text != null) {
            try {
                YamlNode root = YamlTree.parse(text, problems);
                if (!(root instanceof YamlNode.Mapping mapping)) {
                    problems.error(1, 1, ProblemKey.CATALOG_TOP, listKey);
                } else {
                    FieldReader top = new FieldReader(mapping, fileName, listKey, problems, new ArrayList<>());
                    top.allowOnly(Set.of(listKey));
                    Optional<YamlNode.Sequence> items = top.optionalList(listKey);
                    if (items.isEmpty() && !top.has(listKey)) {
                        top.missing(listKey, ProblemKey.EXPECT_LIST.words());
                    }
                    items.ifPresent(list -> list.items().forEach(item -> {
                        if (item instanceof YamlNode.Mapping itemMap) {
                            FieldReader fields = new FieldReader(itemMap, ProblemKey.WHAT_ENTRY.words(listKey),
                                    listKey, problems, new ArrayList<>());
                            itemReader.read(item, new ItemContext(fields, problems));
                        } else {
                            problems.error(item, ProblemKey.CATALOG_ENTRY, listKey, item.described());
                        }
                    }));
                }
            } catch (YamlTree.SyntaxError e) {
                problems.error(e.line(), e.column(), e.key(), e.arguments());
            }
        }
        out.addAll(problems.all());
    }

    private static <T> void putOnce(Map<String, T> map, String id, T value, YamlNode at, Problems problems,
                                    ProblemKey what) {
        if (map.putIfAbsent(id, value) != null) {
            problems.error(at, ProblemKey.CATALOG_TWICE, what.words(), id);
        }
    }

    private static Optional<Muscle> muscle(ItemContext item) {
        FieldReader f = item.fields();
        f.allowOnly(Set.of("id", "name", "region", "trigger-point", "referral", "precautions", "sources", "map"));
        String id = f.text("id", "");
        String name = f.text("name", id);
        String region = f.text("region", "");
        String triggerPoint = f.text("trigger-point", "");
        String referral = f.text("referral", "");
        List<String> precautions = texts(f, "precautions", item.problems());
        List<String> sources = f.node("sources").map(n -> f.sourceKeys(n, "sources")).orElse(List.of());
        BodyMapMark map = null;
        Optional<YamlNode.Mapping> mapNode = f.optionalMap("map");
        if (mapNode.isEmpty() && !f.has("map")) {
            f.missing("map", ProblemKey.EXPECT_BODY_MAP.words());
        }
        if (mapNode.isPresent()) {
            map = bodyMap(new FieldReader(mapNode.get(), ProblemKey.WHAT_MAP_OF.words(id), id, item.problems(),
                    new ArrayList<>()), item.problems());
        }
        return id.isEmpty() || map == null ? Optional.empty()
                : Optional.of(new Muscle(id, name, region, triggerPoint, referral, precautions, sources, map));
    }

    private static BodyMapMark bodyMap(FieldReader f, Problems problems) {
        f.allowOnly(Set.of("view", "point", "zone", "other-view-zone"));
        String view = f.oneOf("view", List.of("front", "back"), null);
        BodyMapMark.Point point = f.node("point").map(n -> point(n, problems)).orElse(null);
        if (!f.has("point")) {
            f.missing("point", ProblemKey.EXPECT_POINT.words());
        }
        List<BodyMapMark.Point> zone = points(f, "zone", problems);
        List<BodyMapMark.Point> otherViewZone = points(f, "other-view-zone", problems);
        if (point == null) {
            return null;
        }
        return new BodyMapMark(view.equals("front") ? BodyMapMark.View.FRONT : BodyMapMark.View.BACK, point, zone,
                otherViewZone);
    }

    /** {@code zone: [[x, y], ...]}; the points that could be read. */
    private static List<BodyMapMark.Point> points(FieldReader f, String key, Problems problems) {
        List<BodyMapMark.Point> points = new ArrayList<>();
        f.optionalList(key).ifPresent(list -> list.items().forEach(n -> {
            BodyMapMark.Point p = point(n, problems);
            if (p != null) {
                points.add(p);
            }
        }));
        return points;
    }

    private static BodyMapMark.Point point(YamlNode node, Problems problems) {
        if (node instanceof YamlNode.Sequence seq && seq.items().size() == 2) {
            try {
                double x = Double.parseDouble(((YamlNode.Scalar) seq.items().get(0)).text());
                double y = Double.parseDouble(((YamlNode.Scalar) seq.items().get(1)).text());
                if (x >= 0 && x <= 1 && y >= 0 && y <= 1) {
                    return new BodyMapMark.Point(x, y);
                }
            } catch (ClassCastException | NumberFormatException e) {
                // reported below
            }
        }
        problems.error(node, ProblemKey.CATALOG_POINT, node.described());
        return null;
    }

    private static Optional<ScreeningSet> screeningSet(ItemContext item) {
        FieldReader f = item.fields();
        f.allowOnly(Set.of("id", "title", "questions"));
        String id = f.text("id", "");
        String title = f.text("title", id);
        List<ScreeningQuestion> questions = new ArrayList<>();
        Optional<YamlNode.Sequence> list = f.optionalList("questions");
        if (list.isEmpty() && !f.has("questions")) {
            f.missing("questions", ProblemKey.EXPECT_QUESTIONS.words());
        }
        list.ifPresent(l -> {
            for (int i = 0; i < l.items().size(); i++) {
                YamlNode q = l.items().get(i);
                if (q instanceof YamlNode.Mapping qm) {
                    FieldReader qf = new FieldReader(qm, ProblemKey.WHAT_QUESTION.words(), id, item.problems(),
                            new ArrayList<>());
                    qf.allowOnly(ScreeningReader.FIELDS);
                    ScreeningReader.question(qf, id + "-q" + (i + 1)).ifPresent(questions::add);
                } else {
                    item.problems().error(q, ProblemKey.CATALOG_QUESTION, q.described());
                }
            }
        });
        return id.isEmpty() ? Optional.empty() : Optional.of(new ScreeningSet(id, title, questions));
    }

    private static Optional<HomeCareAdvice> advice(ItemContext item) {
        FieldReader f = item.fields();
        f.allowOnly(Set.of("id", "title", "text"));
        String id = f.text("id", "");
        String title = f.text("title", id);
        String text = f.text("text", "");
        return id.isEmpty() ? Optional.empty() : Optional.of(new HomeCareAdvice(id, title, text));
    }

    private static List<String> texts(FieldReader f, String key, Problems problems) {
        List<String> texts = new ArrayList<>();
        f.optionalList(key).ifPresent(list -> list.items().forEach(n -> {
            if (n instanceof YamlNode.Scalar s && !s.isNull()) {
                FieldReader.warnIfCutOff(s, problems);
                texts.add(s.text().strip());
            } else {
                problems.error(n, ProblemKey.FIELD_ENTRIES_TEXT, key, n.described());
            }
        }));
        return texts;
    }
}
