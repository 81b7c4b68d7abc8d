// xapian-peer: raw Xapian from C++, the floor under Sitrep's own engine.
//
// Why: Sitrep is a Swift daemon over Xapian. To see what Sitrep's layers (cleaning, entity
// extraction, Swift bridging, the daemon protocol) cost, and how Xapian itself compares with
// other engines, the benchmark needs Xapian driven directly, with the same document layout
// and query parsing Sitrep uses (see Sources/SearchIndex/Schema.swift, IndexWriter.swift):
//   - TermGenerator, English stemmer, STEM_SOME, positions;
//   - title indexed as free text with wdf weight 3 (Schema.titleWeight) and again under "S";
//   - body after a position gap, so phrases do not span title and body;
//   - "Q"+id boolean term, "XSOURCE"+source boolean term, date in value slot 0 as YYYYMMDD;
//   - QueryParser: default op AND, FLAG_PHRASE|FLAG_BOOLEAN|FLAG_LOVEHATE, STEM_SOME;
//   - snippets with MSet::snippet(), background model, exhaustive, like Sitrep.
//
// It speaks the peers' shared protocol (bench/peers/README.md):
//   xapian-peer index  --db DIR --corpus FILE.jsonl [--commit-every N]
//   xapian-peer search --db DIR --queries FILE.jsonl [--repeat R] [--limit 10] [--per-query FILE]
// and prints one JSON line of results on stdout.
//
// Build (bench/peers/build-xapian-peer does this):
//   g++ -O2 -std=c++17 xapian-peer.cpp -o xapian-peer $(pkg-config --cflags --libs xapian-core)
//
// The JSON reader below is written here on purpose: the corpora and query files are flat
// objects of strings, nulls and booleans, which a page of code reads correctly (including
// \uXXXX escapes and surrogate pairs), and the peer must read the JSONL itself so that its
// indexing time includes parsing, as every other peer's does. No third-party code.

#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

// ---------------------------------------------------------------- minimal JSON reading

using Object = std::map<std::string, std::optional<std::string>>;

void append_utf8(std::string &out, unsigned long cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

class Reader {
  public:
    explicit Reader(const std::string &text) : s_(text) {}

    // One flat object: string keys; values string, null, true/false or a number (kept as
    // its literal text). Nested objects or arrays are not in our files and are refused.
    Object object() {
        Object result;
        ws();
        expect('{');
        ws();
        if (peek() == '}') { ++i_; return result; }
        for (;;) {
            ws();
            std::string key = string();
            ws();
            expect(':');
            ws();
            result[key] = value();
            ws();
            if (peek() == ',') { ++i_; continue; }
            expect('}');
            return result;
        }
    }

  private:
    const std::string &s_;
    size_t i_ = 0;

    char peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }
    void ws() { while (i_ < s_.size() && std::strchr(" \t\r\n", s_[i_])) ++i_; }
    [[noreturn]] void fail(const char *what) const {
        throw std::runtime_error(std::string("JSON: ") + what + " at byte " + std::to_string(i_));
    }
    void expect(char c) { if (peek() != c) fail("unexpected character"); ++i_; }

    std::optional<std::string> value() {
        char c = peek();
        if (c == '"') return string();
        if (c == '{' || c == '[') fail("nested values are not supported");
        size_t start = i_;
        while (i_ < s_.size() && !std::strchr(",} \t\r\n", s_[i_])) ++i_;
        std::string literal = s_.substr(start, i_ - start);
        if (literal.empty()) fail("missing value");
        if (literal == "null") return std::nullopt;
        return literal;
    }

    unsigned hex4() {
        if (i_ + 4 > s_.size()) fail("short \\u escape");
        unsigned v = 0;
        for (int k = 0; k < 4; ++k) {
            char c = s_[i_++];
            v <<= 4;
            if (c >= '0' && c <= '9') v |= c - '0';
            else if (c >= 'a' && c <= 'f') v |= c - 'a' + 10;
            else if (c >= 'A' && c <= 'F') v |= c - 'A' + 10;
            else fail("bad \\u escape");
        }
        return v;
    }

    std::string string() {
        expect('"');
        std::string out;
        for (;;) {
            if (i_ >= s_.size()) fail("unterminated string");
            // Copy runs of plain bytes at once: bodies are long and mostly unescaped.
            size_t run = i_;
            while (run < s_.size() && s_[run] != '"' && s_[run] != '\\') ++run;
            out.append(s_, i_, run - i_);
            i_ = run;
            if (i_ >= s_.size()) fail("unterminated string");
            char c = s_[i_++];
            if (c == '"') return out;
            char e = s_[i_++];
            switch (e) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': {
                    unsigned long cp = hex4();
                    if (cp >= 0xD800 && cp <= 0xDBFF && i_ + 1 < s_.size() && s_[i_] == '\\' &&
                        s_[i_ + 1] == 'u') {
                        size_t back = i_;
                        i_ += 2;
                        unsigned low = hex4();
                        if (low >= 0xDC00 && low <= 0xDFFF) {
                            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                        } else {
                            i_ = back;  // a lone high surrogate; the next escape stands alone
                        }
                    }
                    // Lone surrogates cannot be UTF-8; U+FFFD keeps the text valid.
                    if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
                    append_utf8(out, cp);
                    break;
                }
                default: fail("bad escape");
            }
        }
    }
};

std::string field(const Object &o, const char *key) {
    auto it = o.find(key);
    return it == o.end() || !it->second ? std::string() : *it->second;
}

std::string json_escape(const std::string &s) {
    std::string out;
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') { out += '\\'; out += static_cast<char>(c); }
        else if (c < 0x20) { char buf[8]; std::snprintf(buf, sizeof buf, "\\u%04x", c); out += buf; }
        else out += static_cast<char>(c);
    }
    return out;
}

// "1987-02-26T15:01:01" or "2022-09-23" -> "19870226"; empty when there is no date.
std::string compact_date(const std::string &iso) {
    if (iso.size() < 10) return std::string();
    std::string out = iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
    return out.size() == 8 && std::all_of(out.begin(), out.end(), ::isdigit) ? out : std::string();
}

double now_seconds() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

std::map<std::string, std::string> options(int argc, char **argv, int first) {
    std::map<std::string, std::string> out;
    for (int i = first; i < argc; ++i) {
        std::string key = argv[i];
        if (key.rfind("--", 0) != 0 || i + 1 >= argc) throw std::runtime_error("bad option " + key);
        out[key.substr(2)] = argv[++i];
    }
    return out;
}

const char *kUsage =
    "xapian-peer: raw Xapian (C++) peer of Sitrep's benchmark.\n"
    "  xapian-peer index  --db DIR --corpus FILE.jsonl [--commit-every N]\n"
    "  xapian-peer search --db DIR --queries FILE.jsonl [--repeat R] [--limit 10] [--per-query FILE]\n"
    "Prints one JSON line on stdout. --commit-every N commits every N documents (default 2000,\n"
    "the fastest measured here); 0 commits once at the end.\n";

// ---------------------------------------------------------------- indexing

int run_index(const std::map<std::string, std::string> &opt) {
    const std::string db_path = opt.at("db"), corpus = opt.at("corpus");
    // Commit every 2,000 documents (Sitrep's own batch size). Measured on Reuters-21578
    // (21,578 docs, this 2-core machine): one commit at the end 18.4 s, every 10,000 (Xapian's
    // default XAPIAN_FLUSH_THRESHOLD) 14.8 s, every 5,000 14.3 s, every 2,000 13.1 s, every
    // 1,000 12.3 s, every 500 13.7 s: Xapian 1.4's in-memory inverter gets slower as it
    // grows, and flushing small batches into the glass B-trees is cheap. 1,000-2,000 are
    // equal within run-to-run noise (about 1 s).
    const long commit_every = opt.count("commit-every") ? std::stol(opt.at("commit-every")) : 2000;
    // Xapian also flushes by itself every XAPIAN_FLUSH_THRESHOLD documents; it reads the
    // variable when the database opens. Set it to our batch so the two never interleave
    // (and to "never" for --commit-every 0, a single commit at the end).
    const std::string threshold = commit_every > 0 ? std::to_string(commit_every) : "100000000";
    setenv("XAPIAN_FLUSH_THRESHOLD", threshold.c_str(), 1);

    const double started = now_seconds();
    std::ifstream in(corpus, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + corpus);
    Xapian::WritableDatabase db(db_path, Xapian::DB_CREATE_OR_OVERWRITE);
    Xapian::TermGenerator generator;
    generator.set_stemmer(Xapian::Stem("english"));
    generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);

    std::string line;
    long documents = 0, since_commit = 0;
    unsigned long long bytes_in = 0;
    while (std::getline(in, line)) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        const Object article = Reader(line).object();
        const std::string id = field(article, "id"), title = field(article, "title"),
                          body = field(article, "body"), source = field(article, "source"),
                          date = compact_date(field(article, "date"));
        bytes_in += title.size() + body.size();

        Xapian::Document doc;
        generator.set_document(doc);
        generator.index_text(title, 3);       // title words weigh 3x, like Sitrep
        generator.index_text(title, 1, "S");  // title-only search, like Sitrep
        generator.increase_termpos(10);       // no phrase across title and body
        generator.index_text(body);
        const std::string id_term = "Q" + id;
        doc.add_boolean_term(id_term);
        if (!source.empty()) doc.add_boolean_term(("XSOURCE" + source).substr(0, 240));
        if (!date.empty()) doc.add_value(0, date);
        doc.set_data(id + "\n" + title + "\n" + body);
        // replace_document by id term, as Sitrep does, so duplicate ids stay one document.
        db.replace_document(id_term, doc);
        ++documents;
        if (commit_every > 0 && ++since_commit >= commit_every) {
            db.commit();
            since_commit = 0;
        }
    }
    db.commit();
    db.close();
    const double seconds = now_seconds() - started;
    std::printf("{\"engine\": \"xapian-%s\", \"documents\": %ld, \"seconds\": %.3f, \"bytes_in\": %llu}\n",
                Xapian::version_string(), documents, seconds, bytes_in);
    return 0;
}

// ---------------------------------------------------------------- searching

struct Query {
    std::string id, text, actor, place, from, to;
    bool phrase = false;
};

std::vector<Query> read_queries(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::vector<Query> out;
    std::string line;
    while (std::getline(in, line)) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        const Object o = Reader(line).object();
        Query q;
        q.id = field(o, "id");
        q.text = field(o, "text");
        q.phrase = field(o, "phrase") == "true";
        q.actor = field(o, "actor");
        q.place = field(o, "place");
        q.from = compact_date(field(o, "from"));
        q.to = compact_date(field(o, "to"));
        out.push_back(q);
    }
    return out;
}

// The protocol's query semantics, as query-parser text: all words required (default op
// AND), a phrase quoted, and an actor/place filter (no entities here) as a required phrase.
std::string query_text(const Query &q) {
    std::string text = q.phrase ? "\"" + q.text + "\"" : q.text;
    for (const std::string *name : {&q.actor, &q.place}) {
        if (!name->empty()) text += (text.empty() ? "\"" : " \"") + *name + "\"";
    }
    return text;
}

struct Searcher {
    Xapian::Database db;
    Xapian::QueryParser parser;
    Xapian::Stem stem{"english"};
    unsigned flags = Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN |
                     Xapian::QueryParser::FLAG_LOVEHATE;

    explicit Searcher(const std::string &path) : db(path) {
        parser.set_database(db);
        parser.set_stemmer(stem);
        parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
        parser.set_default_op(Xapian::Query::OP_AND);
    }

    Xapian::Query build(const Query &q) {
        const std::string text = query_text(q);
        Xapian::Query query = text.empty() ? Xapian::Query::MatchAll : parser.parse_query(text, flags);
        if (!q.from.empty() || !q.to.empty()) {
            const std::string to = q.to.empty() ? "99999999" : q.to;
            query = Xapian::Query(Xapian::Query::OP_FILTER, query,
                                  Xapian::Query(Xapian::Query::OP_VALUE_RANGE, 0, q.from, to));
        }
        return query;
    }

    // One timed unit of work: query built from text to top hits with id, title, snippet.
    // Returns the number of hits retrieved; `sink` keeps the work from being optimised away.
    size_t run(const Query &q, unsigned limit, Xapian::doccount check_at_least,
               Xapian::doccount *matches, size_t *sink) {
        Xapian::Enquire enquire(db);
        enquire.set_query(build(q));
        Xapian::MSet mset = enquire.get_mset(0, limit, check_at_least);
        size_t hits = 0;
        for (auto it = mset.begin(); it != mset.end(); ++it) {
            const std::string data = it.get_document().get_data();
            const size_t a = data.find('\n'), b = data.find('\n', a + 1);
            const std::string id = data.substr(0, a), title = data.substr(a + 1, b - a - 1);
            const std::string snippet =
                mset.snippet(data.substr(b + 1), 200, stem,
                             Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE,
                             "<b>", "</b>", "...");
            *sink += id.size() + title.size() + snippet.size();
            ++hits;
        }
        if (matches) *matches = mset.get_matches_estimated();
        return hits;
    }
};

double percentile(std::vector<double> sorted, double p) {
    if (sorted.empty()) return 0;
    const double pos = p / 100.0 * (sorted.size() - 1);
    const size_t lo = static_cast<size_t>(pos);
    const size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

int run_search(const std::map<std::string, std::string> &opt) {
    const std::vector<Query> queries = read_queries(opt.at("queries"));
    const int repeat = opt.count("repeat") ? std::stoi(opt.at("repeat")) : 1;
    const unsigned limit = opt.count("limit") ? std::stoul(opt.at("limit")) : 10;
    Searcher searcher(opt.at("db"));
    size_t sink = 0;

    // Untimed warm-up pass; it also counts every query's matches exactly (check_at_least =
    // all documents), which the timed passes do not pay for.
    std::vector<Xapian::doccount> counts(queries.size());
    const Xapian::doccount all = searcher.db.get_doccount();
    for (size_t i = 0; i < queries.size(); ++i) searcher.run(queries[i], limit, all, &counts[i], &sink);

    std::vector<double> times;
    std::vector<double> per_query(queries.size(), 0);
    for (int r = 0; r < repeat; ++r) {
        for (size_t i = 0; i < queries.size(); ++i) {
            const auto t0 = std::chrono::steady_clock::now();
            searcher.run(queries[i], limit, 0, nullptr, &sink);
            const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
            times.push_back(ms);
            per_query[i] += ms / repeat;
        }
    }
    std::sort(times.begin(), times.end());
    double mean = 0;
    for (double t : times) mean += t;
    mean = times.empty() ? 0 : mean / times.size();
    unsigned long long hits_total = 0;
    size_t zero = 0;
    for (auto c : counts) { hits_total += c; zero += c == 0; }

    if (opt.count("per-query")) {
        std::ofstream out(opt.at("per-query"));
        for (size_t i = 0; i < queries.size(); ++i)
            out << "{\"id\": \"" << json_escape(queries[i].id) << "\", \"hits\": " << counts[i]
                << ", \"ms\": " << per_query[i] << "}\n";
    }
    std::printf("{\"engine\": \"xapian-%s\", \"queries\": %zu, \"p50_ms\": %.3f, \"p95_ms\": %.3f, "
                "\"p99_ms\": %.3f, \"mean_ms\": %.3f, \"hits_total\": %llu, \"zero_hit_queries\": %zu}\n",
                Xapian::version_string(), queries.size(), percentile(times, 50), percentile(times, 95),
                percentile(times, 99), mean, hits_total, zero);
    if (sink == 0 && hits_total > 0) std::fprintf(stderr, "xapian-peer: no hit text was read\n");
    return 0;
}

}  // namespace

int main(int argc, char **argv) {
    if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h")) {
        std::fputs(kUsage, argc < 2 ? stderr : stdout);
        return argc < 2 ? 64 : 0;
    }
    try {
        const std::string command = argv[1];
        const auto opt = options(argc, argv, 2);
        if (command == "index") return run_index(opt);
        if (command == "search") return run_search(opt);
        std::fprintf(stderr, "xapian-peer: unknown command %s\n%s", command.c_str(), kUsage);
        return 64;
    } catch (const Xapian::Error &e) {
        std::fprintf(stderr, "xapian-peer: %s\n", e.get_description().c_str());
    } catch (const std::out_of_range &) {
        std::fprintf(stderr, "xapian-peer: missing a required option\n%s", kUsage);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "xapian-peer: %s\n", e.what());
    }
    return 1;
}
