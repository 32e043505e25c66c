package app.holdpoint.protocol.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import app.holdpoint.protocol.Catalog;
import app.holdpoint.protocol.HomeCareAdvice;
import app.holdpoint.protocol.Muscle;
import app.holdpoint.protocol.Precaution;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.ScreeningQuestion;
import app.holdpoint.protocol.ScreeningSet;
import app.holdpoint.protocol.Step;

/**
 * The words of protocol and catalog files in another language, from {@code <protocols>/<language>/*.yaml}: each a
 * list of {@code en:} / {@code <language>:} pairs (see docs/protocol-format.md, "Translations"). A translation is
 * keyed by the exact English text it translates (whitespace runs count as one space), so it never shows for a
 * sentence it was not written for: a changed English line shows in English until its translation is updated.
 * Text without a translation stays in the file's language. Translating a {@link Protocol} changes only the words
 * shown; its id, numbers, file text and SHA-256 stay the file's.
 *
 * <p>An {@code en} with placeholders ({@code {0}}, {@code {1}}) is a template for sentences the timeline builds
 * around a protocol's words ("… Confirm when 3 needle(s) are in."); what a placeholder matched is translated too.
 */
public final class Translations {
    /** No translation: every text as the files write it. */
    public static final Translations NONE = new Translations("en", Map.of(), List.of(), List.of());

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    private final String language;
    private final Map<String, String> exact;
    private final List<Template> templates;
    private final List<Problem> problems;

    private record Template(Pattern english, List<Integer> order, String translated) {
    }

    private Translations(String language, Map<String, String> exact, List<Template> templates,
                         List<Problem> problems) {
        this.language = language;
        this.exact = Map.copyOf(exact);
        this.templates = List.copyOf(templates);
        this.problems = List.copyOf(problems);
    }

    /**
     * Reads {@code protocolsFolder/<locale's language>/*.yaml}; English, or a language without a folder, gives
     * {@link #NONE}-like translations (everything as written). A bad file is reported in {@link #problems()} and
     * left out; it never stops the others.
     */
    public static Translations load(Path protocolsFolder, Locale locale) {
        String language = locale.getLanguage();
        Path folder = protocolsFolder.resolve(language);
        if (language.isEmpty() || language.equals("en") || !Files.isDirectory(folder)) {
            return new Translations(language.isEmpty() ? "en" : language, Map.of(), List.of(), List.of());
        }
        Map<String, String> exact = new HashMap<>();
        Map<String, Template> templates = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            problems.add(new Problems(folder.toString()).problem(1, 1, Problem.Severity.ERROR,
                    ProblemKey.TRANSLATIONS_FOLDER, String.valueOf(e.getMessage())));
            files = List.of();
        }
        for (Path file : files) {
            readFile(file, language, exact, templates, problems);
        }
        return new Translations(language, exact, new ArrayList<>(templates.values()), problems);
    }

    /** Builds translations from pairs (English, translated), for tests and tools. */
    public static Translations of(String language, Map<String, String> pairs) {
        Map<String, String> exact = new HashMap<>();
        Map<String, Template> templates = new LinkedHashMap<>();
        pairs.forEach((en, tr) -> add(en, tr, exact, templates));
        return new Translations(language, exact, new ArrayList<>(templates.values()), List.of());
    }

    private static void readFile(Path file, String language, Map<String, String> exact,
                                 Map<String, Template> templates, List<Problem> problems) {
        String name = language + "/" + file.getFileName();
        Problems found = new Problems(name);
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(found.problem(1, 1, Problem.Severity.ERROR, ProblemKey.FILE_UNREADABLE,
                    String.valueOf(e.getMessage())));
            return;
        }
        YamlNode root;
        try {
            root = YamlTree.parse(text, found);
        } catch (YamlTree.SyntaxError e) {
            problems.add(found.problem(e.line(), 1, Problem.Severity.ERROR, e.key(), e.arguments()));
            return;
        }
        if (!(root instanceof YamlNode.Mapping map) || !(value(map, "texts") instanceof YamlNode.Sequence list)) {
            problems.add(found.problem(1, 1, Problem.Severity.ERROR, ProblemKey.TRANSLATIONS_TOP, language));
            return;
        }
        for (YamlNode item : list.items()) {
            if (!(item instanceof YamlNode.Mapping pair)
                    || !(value(pair, "en") instanceof YamlNode.Scalar en)
                    || !(value(pair, language) instanceof YamlNode.Scalar translated)
                    || en.isNull() || translated.isNull()) {
                found.error(item, ProblemKey.TRANSLATIONS_ENTRY, language);
                continue;
            }
            String key = normalise(en.text());
            String before = exact.get(key);
            if (before != null && !normalise(before).equals(normalise(translated.text()))) {
                found.warning(item.line(), item.column(), ProblemKey.TRANSLATIONS_TWICE,
                        YamlNode.abbreviate(en.text()));
                continue;
            }
            add(en.text(), translated.text(), exact, templates);
        }
        problems.addAll(found.all());
    }

    private static YamlNode value(YamlNode.Mapping map, String key) {
        YamlNode.Entry entry = map.asMap().get(key);
        return entry == null ? null : entry.value();
    }

    private static void add(String english, String translated, Map<String, String> exact,
                            Map<String, Template> templates) {
        String key = normalise(english);
        if (PLACEHOLDER.matcher(key).find()) {
            StringBuilder regex = new StringBuilder("^");
            List<Integer> order = new ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(key);
            int last = 0;
            while (m.find()) {
                regex.append(Pattern.quote(key.substring(last, m.start()))).append("(.+?)");
                order.add(Integer.parseInt(m.group(1)));
                last = m.end();
            }
            regex.append(Pattern.quote(key.substring(last))).append("$");
            templates.putIfAbsent(key, new Template(Pattern.compile(regex.toString(), Pattern.DOTALL), order,
                    translated.strip()));
        } else {
            exact.putIfAbsent(key, translated.strip());
        }
    }

    /** Whitespace runs as one space, no space at either end: folded and plain YAML text compare equal. */
    static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** The language translated into, e.g. {@code de}; {@code en} for none. */
    public String language() {
        return language;
    }

    /** Problems in the translation files (none for English). */
    public List<Problem> problems() {
        return problems;
    }

    /** Number of texts (and templates) translated. */
    public int size() {
        return exact.size() + templates.size();
    }

    /** The translation of a text, when there is one. */
    public Optional<String> find(String english) {
        if (english == null || english.isBlank() || (exact.isEmpty() && templates.isEmpty())) {
            return Optional.empty();
        }
        String key = normalise(english);
        String hit = exact.get(key);
        if (hit != null) {
            return Optional.of(hit);
        }
        for (Template template : templates) {
            Matcher m = template.english().matcher(key);
            if (m.matches()) {
                String out = template.translated();
                for (int i = 0; i < template.order().size(); i++) {
                    String part = m.group(i + 1);
                    out = out.replace("{" + template.order().get(i) + "}", of(part));
                }
                return Optional.of(out);
            }
        }
        return Optional.empty();
    }

    /** The translation of a text, or the text itself (the file's language) when there is none. */
    public String of(String english) {
        return english == null ? null : find(english).orElse(english);
    }

    private List<String> all(List<String> texts) {
        return texts.stream().map(this::of).toList();
    }

    /** The catalog with its muscles, screening sets and advice in this language. */
    public Catalog catalog(Catalog catalog) {
        if (size() == 0) {
            return catalog;
        }
        Map<String, Muscle> muscles = new HashMap<>();
        catalog.muscles().forEach((id, m) -> muscles.put(id, muscle(m)));
        Map<String, ScreeningSet> sets = new HashMap<>();
        catalog.screeningSets().forEach((id, s) -> sets.put(id, new ScreeningSet(s.id(), of(s.title()),
                s.questions().stream().map(this::question).toList())));
        Map<String, HomeCareAdvice> advice = new HashMap<>();
        catalog.advice().forEach((id, a) -> advice.put(id, new HomeCareAdvice(a.id(), of(a.title()), of(a.text()))));
        return new Catalog(muscles, sets, advice);
    }

    private Muscle muscle(Muscle m) {
        return new Muscle(m.id(), of(m.name()), of(m.region()), of(m.triggerPoint()), of(m.referral()),
                all(m.precautions()), m.sources(), m.map());
    }

    private ScreeningQuestion question(ScreeningQuestion q) {
        return new ScreeningQuestion(q.id(), of(q.text()), q.stopAnswer(), q.sources(), q.absolute(), q.asked(),
                q.whenYes().map(p -> new Precaution(of(p.text()), p.appliesTo())));
    }

    /**
     * The protocol with its title, summary, screening questions, step labels and cues, and its muscles in this
     * language. Id, numbers, gates, citations, file name, text and SHA-256 are the file's.
     */
    public Protocol protocol(Protocol p) {
        if (size() == 0) {
            return p;
        }
        Map<String, Muscle> muscles = new HashMap<>();
        p.muscles().forEach((id, m) -> muscles.put(id, muscle(m)));
        return new Protocol(p.id(), of(p.title()), p.version(), p.condition(), of(p.summary()), p.sources(),
                p.screening().stream().map(this::question).toList(), p.consentRequired(),
                p.steps().stream().map(this::step).toList(), p.gates(), p.citations(), p.fileName(), p.text(),
                p.sha256(), p.maxTriggerPoints(), muscles);
    }

    private Step step(Step step) {
        // Java 17: a switch over the kind, then the one cast it allows.
        return switch (step.kind()) {
            case HOLD -> {
                Step.Hold s = (Step.Hold) step;
                yield new Step.Hold(s.line(), of(s.label()), of(s.cue()), s.target(), s.duration(), s.release());
            }
            case COMPRESSION -> {
                Step.Compression s = (Step.Compression) step;
                yield new Step.Compression(s.line(), of(s.label()), of(s.cue()), s.target(), s.press(), s.relax(),
                        s.cycles());
            }
            case RELAX -> {
                Step.Relax s = (Step.Relax) step;
                yield new Step.Relax(s.line(), of(s.label()), of(s.cue()), s.duration());
            }
            case SPRAY_STRETCH -> {
                Step.SprayStretch s = (Step.SprayStretch) step;
                yield new Step.SprayStretch(s.line(), of(s.label()), of(s.cue()), s.target(), of(s.sweeps()),
                        s.stretch(), s.cycles(), s.rewarm());
            }
            case STRETCH -> {
                Step.Stretch s = (Step.Stretch) step;
                yield new Step.Stretch(s.line(), of(s.label()), of(s.cue()), s.target(), s.hold(), s.repeat(),
                        s.postIsometric());
            }
            case NEEDLING -> {
                Step.Needling s = (Step.Needling) step;
                yield new Step.Needling(s.line(), of(s.label()), of(s.cue()), s.target(), s.technique(), s.needles(),
                        s.retention(), s.haemostasis());
            }
            case INSTRUCT -> {
                Step.Instruct s = (Step.Instruct) step;
                yield new Step.Instruct(s.line(), of(s.label()), of(s.cue()), s.duration(), s.confirm());
            }
            case RATE -> {
                Step.Rate s = (Step.Rate) step;
                yield new Step.Rate(s.line(), of(s.label()), of(s.cue()), s.measure(), s.moment());
            }
            case HOME_CARE -> {
                Step.HomeCare s = (Step.HomeCare) step;
                yield new Step.HomeCare(s.line(), of(s.label()), of(s.cue()), s.adviceId(), of(s.advice()));
            }
        };
    }
}
