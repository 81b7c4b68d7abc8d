// LucenePeer: Apache Lucene peer of Sitrep's benchmark (Debian's liblucene8-java, JDK 17).
//
// Why: Lucene is the reference full-text engine (Elasticsearch, Solr and OpenSearch sit on
// it); the benchmark needs it answering the same queries with the same semantics as the
// other peers. Debian packages it, so it installs from the same registry as Xapian with no
// build tool: bench/peers/lucene-peer compiles this one file against the packaged jars.
//
// Design:
//   - EnglishAnalyzer (standard tokenizer, possessive removal, lower case, English stop
//     words, Porter stemmer) for title and body; TextField records positions, so phrases
//     work. id is a stored keyword, source an indexed keyword, date an IntPoint YYYYMMDD.
//   - IndexWriter with a 200 MB RAM buffer (like tantivy's heap) and Lucene's default merge
//     policy; one indexing thread (the caller's), one commit at the end, included in the time.
//   - MultiFieldQueryParser over title (boost 3, as Sitrep's title weight) and body, default
//     operator AND; BM25Similarity (Lucene's default); a date range as a FILTER clause.
//   - snippets from the UnifiedHighlighter on the stored body, re-analysed (no offsets in
//     the postings, like Xapian and tantivy), one passage of about 200 characters, <b>.
//
// Protocol (bench/peers/README.md):
//   lucene-peer index  --db DIR --corpus FILE.jsonl
//   lucene-peer search --db DIR --queries FILE.jsonl [--repeat R] [--limit 10] [--per-query FILE]
//
// The JSON reader is a few lines written here: the corpora and query files are flat objects
// of strings, nulls and booleans. No third-party code.

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Version;

public class LucenePeer {
    static final String USAGE =
        "LucenePeer: Apache Lucene peer of Sitrep's benchmark.\n"
        + "  lucene-peer index  --db DIR --corpus FILE.jsonl\n"
        + "  lucene-peer search --db DIR --queries FILE.jsonl [--repeat R] [--limit 10] [--per-query FILE]\n"
        + "Prints one JSON line on stdout.\n";
    static final String ENGINE = "lucene-" + Version.LATEST;
    static final int SNIPPET_CHARS = 200;

    // ------------------------------------------------------------ minimal JSON reading

    /** One flat JSON object: string values, null as Java null, other literals as text. */
    static Map<String, String> parseObject(String s) {
        int[] i = {0};
        Map<String, String> out = new HashMap<>();
        skip(s, i);
        expect(s, i, '{');
        skip(s, i);
        if (s.charAt(i[0]) == '}') return out;
        while (true) {
            skip(s, i);
            String key = parseString(s, i);
            skip(s, i);
            expect(s, i, ':');
            skip(s, i);
            String value;
            char c = s.charAt(i[0]);
            if (c == '"') {
                value = parseString(s, i);
            } else if (c == '{' || c == '[') {
                throw new IllegalArgumentException("JSON: nested values are not supported");
            } else {
                int start = i[0];
                while (i[0] < s.length() && ",} \t\r\n".indexOf(s.charAt(i[0])) < 0) i[0]++;
                String literal = s.substring(start, i[0]);
                value = literal.equals("null") ? null : literal;
            }
            out.put(key, value);
            skip(s, i);
            if (s.charAt(i[0]) == ',') { i[0]++; continue; }
            expect(s, i, '}');
            return out;
        }
    }

    static void skip(String s, int[] i) {
        while (i[0] < s.length() && " \t\r\n".indexOf(s.charAt(i[0])) >= 0) i[0]++;
    }

    static void expect(String s, int[] i, char c) {
        if (i[0] >= s.length() || s.charAt(i[0]) != c)
            throw new IllegalArgumentException("JSON: expected '" + c + "' at " + i[0]);
        i[0]++;
    }

    static String parseString(String s, int[] i) {
        expect(s, i, '"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = s.charAt(i[0]++);
            if (c == '"') return out.toString();
            if (c != '\\') { out.append(c); continue; }
            char e = s.charAt(i[0]++);
            switch (e) {
                case 'n': out.append('\n'); break;
                case 't': out.append('\t'); break;
                case 'r': out.append('\r'); break;
                case 'b': out.append('\b'); break;
                case 'f': out.append('\f'); break;
                // Java strings are UTF-16: a surrogate pair arrives as two escapes and is
                // appended as the two chars it is made of.
                case 'u': out.append((char) Integer.parseInt(s.substring(i[0], i[0] + 4), 16)); i[0] += 4; break;
                default: out.append(e);  // \" \\ \/
            }
        }
    }

    static String jsonString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.append('"').toString();
    }

    static Integer compactDate(String iso) {
        if (iso == null || iso.length() < 10) return null;
        String digits = iso.substring(0, 4) + iso.substring(5, 7) + iso.substring(8, 10);
        return digits.chars().allMatch(Character::isDigit) ? Integer.valueOf(digits) : null;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> out = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length)
                throw new IllegalArgumentException("bad option " + args[i]);
            out.put(args[i].substring(2), args[++i]);
        }
        return out;
    }

    static String required(Map<String, String> opt, String key) {
        String v = opt.get(key);
        if (v == null) throw new IllegalArgumentException("missing --" + key + "\n" + USAGE);
        return v;
    }

    // ------------------------------------------------------------ indexing

    static void index(Map<String, String> opt) throws IOException {
        Path folder = Paths.get(required(opt, "db"));
        Path corpus = Paths.get(required(opt, "corpus"));
        long started = System.nanoTime();
        if (Files.exists(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) Files.delete(p);
            }
        }
        IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        config.setRAMBufferSizeMB(200);
        long documents = 0, bytesIn = 0;
        try (FSDirectory dir = FSDirectory.open(folder);
             IndexWriter writer = new IndexWriter(dir, config);
             BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) continue;
                Map<String, String> a = parseObject(line);
                String title = a.getOrDefault("title", ""), body = a.getOrDefault("body", "");
                if (title == null) title = "";
                if (body == null) body = "";
                Document doc = new Document();
                doc.add(new StringField("id", a.get("id"), Field.Store.YES));
                doc.add(new TextField("title", title, Field.Store.YES));
                doc.add(new TextField("body", body, Field.Store.YES));
                Integer date = compactDate(a.get("date"));
                if (date != null) doc.add(new IntPoint("date", date));
                String source = a.get("source");
                if (source != null) doc.add(new StringField("source", source, Field.Store.NO));
                writer.addDocument(doc);
                documents++;
                bytesIn += title.getBytes(StandardCharsets.UTF_8).length + body.getBytes(StandardCharsets.UTF_8).length;
            }
            writer.commit();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "{\"engine\": \"%s\", \"documents\": %d, \"seconds\": %.3f, \"bytes_in\": %d}%n",
                          ENGINE, documents, seconds, bytesIn);
    }

    // ------------------------------------------------------------ searching

    record BenchQuery(String id, String text, boolean phrase, String actor, String place, Integer from, Integer to) {}

    static List<BenchQuery> readQueries(Path path) throws IOException {
        List<BenchQuery> out = new ArrayList<>();
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            Map<String, String> o = parseObject(line);
            out.add(new BenchQuery(o.get("id"), o.getOrDefault("text", ""), "true".equals(o.get("phrase")),
                                   o.get("actor"), o.get("place"), compactDate(o.get("from")), compactDate(o.get("to"))));
        }
        return out;
    }

    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** All words required (default operator AND), phrases quoted, filters as phrases. */
    static String queryString(BenchQuery q) {
        List<String> parts = new ArrayList<>();
        String text = q.text() == null ? "" : q.text().trim();
        if (q.phrase() && !text.isEmpty()) parts.add(quoted(text));
        else for (String w : text.split("\\s+")) if (!w.isEmpty()) parts.add(QueryParser.escape(w));
        for (String name : new String[] {q.actor(), q.place()}) if (name != null) parts.add(quoted(name));
        return String.join(" ", parts);
    }

    static class Searcher {
        final IndexSearcher searcher;
        final Analyzer analyzer = new EnglishAnalyzer();
        final MultiFieldQueryParser parser;
        final UnifiedHighlighter highlighter;

        Searcher(DirectoryReader reader) {
            searcher = new IndexSearcher(reader);
            Map<String, Float> boosts = new HashMap<>();
            boosts.put("title", 3.0f);
            boosts.put("body", 1.0f);
            parser = new MultiFieldQueryParser(new String[] {"title", "body"}, analyzer, boosts);
            parser.setDefaultOperator(QueryParser.Operator.AND);
            highlighter = new UnifiedHighlighter(searcher, analyzer);
            highlighter.setFormatter(new DefaultPassageFormatter("<b>", "</b>", "...", false));
            highlighter.setBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_CHARS, 0.5f));  // matches centred
        }

        Query build(BenchQuery q) throws Exception {
            String text = queryString(q);
            // The query parser is not thread-safe and keeps no state between parses; one is fine here.
            Query parsed = text.isEmpty() ? new MatchAllDocsQuery() : parser.parse(text);
            if (q.from() == null && q.to() == null) return parsed;
            Query dates = IntPoint.newRangeQuery("date", q.from() == null ? Integer.MIN_VALUE : q.from(),
                                                 q.to() == null ? Integer.MAX_VALUE : q.to());
            return new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST)
                                             .add(dates, BooleanClause.Occur.FILTER).build();
        }

        /** The timed unit: query built from text to top hits with id, title and snippet. */
        long run(BenchQuery q, int limit) throws Exception {
            Query query = build(q);
            TopDocs top = searcher.search(query, limit);
            String[] snippets = highlighter.highlight("body", query, top, 1);
            long sink = 0;
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc hit = top.scoreDocs[i];
                Document doc = searcher.doc(hit.doc);
                String snippet = snippets[i] == null ? "" : snippets[i];
                sink += doc.get("id").length() + doc.get("title").length() + snippet.length();
            }
            return sink;
        }
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) return 0;
        double pos = p / 100.0 * (sorted.length - 1);
        int lo = (int) pos, hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }

    static void search(Map<String, String> opt) throws Exception {
        List<BenchQuery> queries = readQueries(Paths.get(required(opt, "queries")));
        int repeat = Integer.parseInt(opt.getOrDefault("repeat", "1"));
        int limit = Integer.parseInt(opt.getOrDefault("limit", "10"));
        try (FSDirectory dir = FSDirectory.open(Paths.get(required(opt, "db")));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            Searcher s = new Searcher(reader);
            long sink = 0;
            // Untimed warm-up pass, which also counts each query's matches exactly.
            long[] counts = new long[queries.size()];
            for (int i = 0; i < queries.size(); i++) {
                sink += s.run(queries.get(i), limit);
                counts[i] = s.searcher.count(s.build(queries.get(i)));
            }
            double[] times = new double[queries.size() * repeat];
            double[] perQuery = new double[queries.size()];
            int t = 0;
            for (int r = 0; r < repeat; r++) {
                for (int i = 0; i < queries.size(); i++) {
                    long t0 = System.nanoTime();
                    sink += s.run(queries.get(i), limit);
                    double ms = (System.nanoTime() - t0) / 1e6;
                    times[t++] = ms;
                    perQuery[i] += ms / repeat;
                }
            }
            if (opt.containsKey("per-query")) {
                try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Paths.get(opt.get("per-query"))))) {
                    for (int i = 0; i < queries.size(); i++)
                        out.printf(Locale.ROOT, "{\"id\": %s, \"hits\": %d, \"ms\": %.4f}%n",
                                   jsonString(queries.get(i).id()), counts[i], perQuery[i]);
                }
            }
            Arrays.sort(times);
            double mean = times.length == 0 ? 0 : Arrays.stream(times).sum() / times.length;
            long hitsTotal = Arrays.stream(counts).sum();
            long zero = Arrays.stream(counts).filter(c -> c == 0).count();
            System.out.printf(Locale.ROOT,
                "{\"engine\": \"%s\", \"queries\": %d, \"p50_ms\": %.3f, \"p95_ms\": %.3f, \"p99_ms\": %.3f, "
                + "\"mean_ms\": %.3f, \"hits_total\": %d, \"zero_hit_queries\": %d}%n",
                ENGINE, queries.size(), percentile(times, 50), percentile(times, 95), percentile(times, 99),
                mean, hitsTotal, zero);
            if (sink == 0 && hitsTotal > 0) System.err.println("LucenePeer: no hit text was read");
        }
    }

    public static void main(String[] args) {
        if (args.length < 1 || args[0].equals("--help") || args[0].equals("-h")) {
            (args.length < 1 ? System.err : System.out).print(USAGE);
            System.exit(args.length < 1 ? 64 : 0);
        }
        try {
            Map<String, String> opt = options(args);
            switch (args[0]) {
                case "index": index(opt); break;
                case "search": search(opt); break;
                default: System.err.print("LucenePeer: unknown command " + args[0] + "\n" + USAGE); System.exit(64);
            }
        } catch (Exception e) {
            System.err.println("LucenePeer: " + e);
            System.exit(1);
        }
    }
}
