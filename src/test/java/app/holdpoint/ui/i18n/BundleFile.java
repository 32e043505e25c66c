package app.holdpoint.ui.i18n;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One language of a message bundle read from the class path: its keys and patterns, and the keys written more than
 * once ({@link Properties} keeps the last silently, so a duplicate is found from the raw lines).
 */
record BundleFile(String resource, Map<String, String> patterns, List<String> duplicates) {
    private static final Pattern KEY = Pattern.compile("^\\s*([^#!\\s=:][^=:\\s]*)\\s*[=:\\s]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    static BundleFile load(String resource) throws IOException {
        String raw;
        try (InputStream in = BundleFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the class path");
            }
            raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Properties p = new Properties();
        p.load(new InputStreamReader(new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8));
        Map<String, String> patterns = new LinkedHashMap<>();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            patterns.put(key, p.getProperty(key));
        }
        Set<String> seen = new TreeSet<>();
        List<String> duplicates = new ArrayList<>();
        boolean continued = false;
        for (String line : new BufferedReader(new StringReader(raw)).lines().toList()) {
            // A line after one ending in an odd number of backslashes continues the value, it is not a key.
            if (!continued) {
                Matcher m = KEY.matcher(line);
                if (m.find() && !seen.add(m.group(1))) {
                    duplicates.add(m.group(1));
                }
            }
            int slashes = 0;
            for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
                slashes++;
            }
            continued = slashes % 2 == 1;
        }
        return new BundleFile(resource, patterns, duplicates);
    }

    Set<String> keys() {
        return new TreeSet<>(patterns.keySet());
    }

    static Set<Integer> placeholders(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }
}
