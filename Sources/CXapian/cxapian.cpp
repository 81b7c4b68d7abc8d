// cxapian.cpp: the C API of cxapian.h over libxapian 1.4.
//
// Every exported function is noexcept and runs its body inside guard(), which is the
// only place C++ exceptions are turned into cxp_status codes: an exception that escaped
// into Swift frames would abort the process.

#include "cxapian.h"

#include <xapian.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <unordered_map>
#include <mutex>
#include <new>
#include <string>
#include <utility>
#include <vector>

// ---------------------------------------------------------------------------------------
// Handles.

struct cxp_term_list {
    std::vector<std::pair<std::string, uint32_t>> items;
};

struct cxp_database {
    // Readers use `db` only. For a writer, `db` and `wdb` share one Xapian internal (a
    // Database copy is a reference), so read calls need not care which kind this is.
    Xapian::Database db;
    Xapian::WritableDatabase wdb;
    bool writable = false;
};

struct cxp_document {
    Xapian::Document doc;
    Xapian::TermGenerator generator;
};

struct cxp_query {
    Xapian::Query query;
};

struct cxp_term_sink {
    std::vector<std::string> terms;
    bool out_of_memory = false;
};

struct cxp_query_parser {
    Xapian::QueryParser parser;
    // The first value a field callback rejected during the current parse. Reported after
    // parse_query returns: throwing through libxapian's parser leaks its parse state.
    std::shared_ptr<std::string> rejection = std::make_shared<std::string>();
};

namespace {

// Counts, over the documents the matcher evaluates, each term carrying a facet prefix.
// Multi-valued on purpose: a document with two actor terms counts once for each.
class FacetSpy final : public Xapian::MatchSpy {
  public:
    FacetSpy(std::vector<std::string> prefixes, int32_t value_slot)
        : prefixes_(std::move(prefixes)), value_slot_(value_slot) {}

    void operator()(const Xapian::Document &doc, double) override {
        ++seen_;
        // The value slot, when the indexer filled it, lists the document's facet terms:
        // values are read from uncompressed per-slot streams, where a termlist must be
        // inflated (zlib) for every matching document.
        if (value_slot_ >= 0) {
            const std::string value = doc.get_value(static_cast<Xapian::valueno>(value_slot_));
            if (!value.empty()) {
                size_t start = 0;
                while (start < value.size()) {
                    size_t end = value.find('\n', start);
                    if (end == std::string::npos) end = value.size();
                    count(value.substr(start, end - start));
                    start = end + 1;
                }
                return;
            }
        }
        // One pass over the termlist, from the first prefix on (terms are sorted).
        Xapian::TermIterator it = doc.termlist_begin();
        const Xapian::TermIterator end = doc.termlist_end();
        it.skip_to(first_prefix());
        for (; it != end; ++it) count(*it);
    }

    uint32_t seen() const { return seen_; }
    bool counts_nothing() const { return prefixes_.empty(); }
    const std::unordered_map<std::string, uint32_t> &counts() const { return counts_; }

  private:
    void count(const std::string &term) {
        for (const std::string &prefix : prefixes_) {
            if (term.compare(0, prefix.size(), prefix) == 0) {
                ++counts_[term];
                return;
            }
        }
    }

    std::string first_prefix() const {
        return prefixes_.empty() ? std::string() : *std::min_element(prefixes_.begin(), prefixes_.end());
    }

    std::vector<std::string> prefixes_;
    int32_t value_slot_;
    std::unordered_map<std::string, uint32_t> counts_;
    uint32_t seen_ = 0;
};

}  // namespace

struct cxp_results {
    // Declaration order is destruction order in reverse: the Enquire refers to the spy
    // without owning it, so the spy must outlive it.
    std::unique_ptr<FacetSpy> spy;
    Xapian::Enquire enquire;
    Xapian::MSet mset;
    Xapian::Stem stem;

    explicit cxp_results(const Xapian::Database &db) : enquire(db) {}
};

namespace {

// ---------------------------------------------------------------------------------------
// Errors.

// Thrown through Xapian's parser when a field callback rejects its value, so the caller
// can tell "your field value is unknown" from "your query is malformed". Deliberately
// not derived from Xapian::Error or std::exception, so nothing on the way out can
// mistake it for one of those.
struct FieldRejected {
    std::string message;
};

char *copy_bytes(const std::string &s) noexcept {
    char *out = static_cast<char *>(std::malloc(s.size() + 1));
    if (out == nullptr) return nullptr;
    std::memcpy(out, s.data(), s.size());
    out[s.size()] = '\0';
    return out;
}

cxp_status fail(char **message, cxp_status status, const char *text) noexcept {
    if (message != nullptr) {
        size_t n = std::strlen(text);
        char *out = static_cast<char *>(std::malloc(n + 1));
        if (out != nullptr) std::memcpy(out, text, n + 1);
        *message = out;
    }
    return status;
}

cxp_status fail(char **message, cxp_status status, const Xapian::Error &e) noexcept {
    try {
        std::string text = e.get_msg();
        if (!e.get_context().empty()) text += " (context: " + e.get_context() + ")";
        if (e.get_error_string() != nullptr) {
            text += " (";
            text += e.get_error_string();
            text += ")";
        }
        if (text.empty()) text = e.get_type();
        return fail(message, status, text.c_str());
    } catch (...) {
        return fail(message, status, e.get_type());
    }
}

// Runs `body`, mapping every exception to a status. More specific Xapian types come
// before their bases (DatabaseNotFoundError and DatabaseVersionError derive from
// DatabaseOpeningError; all the Database* from DatabaseError).
template <typename Body>
cxp_status guard(char **message, Body &&body) noexcept {
    try {
        body();
        return CXP_OK;
    } catch (const FieldRejected &e) {
        return fail(message, CXP_ERR_FIELD_REJECTED, e.message.c_str());
    } catch (const Xapian::DatabaseLockError &e) {
        return fail(message, CXP_ERR_DATABASE_LOCKED, e);
    } catch (const Xapian::DatabaseNotFoundError &e) {
        return fail(message, CXP_ERR_DATABASE_OPENING, e);
    } catch (const Xapian::DatabaseVersionError &e) {
        return fail(message, CXP_ERR_DATABASE_VERSION, e);
    } catch (const Xapian::DatabaseOpeningError &e) {
        return fail(message, CXP_ERR_DATABASE_OPENING, e);
    } catch (const Xapian::DatabaseCorruptError &e) {
        return fail(message, CXP_ERR_DATABASE_CORRUPT, e);
    } catch (const Xapian::DatabaseModifiedError &e) {
        return fail(message, CXP_ERR_DATABASE_MODIFIED, e);
    } catch (const Xapian::DatabaseError &e) {
        return fail(message, CXP_ERR_DATABASE, e);
    } catch (const Xapian::QueryParserError &e) {
        return fail(message, CXP_ERR_QUERY_SYNTAX, e);
    } catch (const Xapian::DocNotFoundError &e) {
        return fail(message, CXP_ERR_NOT_FOUND, e);
    } catch (const Xapian::InvalidArgumentError &e) {
        return fail(message, CXP_ERR_INVALID_ARGUMENT, e);
    } catch (const Xapian::InvalidOperationError &e) {
        return fail(message, CXP_ERR_INVALID_ARGUMENT, e);
    } catch (const Xapian::Error &e) {
        return fail(message, CXP_ERR_INTERNAL, e);
    } catch (const std::bad_alloc &) {
        return fail(message, CXP_ERR_NO_MEMORY, "out of memory");
    } catch (const std::exception &e) {
        return fail(message, CXP_ERR_INTERNAL, e.what());
    } catch (...) {
        return fail(message, CXP_ERR_INTERNAL, "unknown C++ exception");
    }
}

// For the few functions with no status to report: exceptions are swallowed.
template <typename Body>
void quietly(Body &&body) noexcept {
    (void)guard(nullptr, std::forward<Body>(body));
}

// ---------------------------------------------------------------------------------------
// Helpers.

std::string bytes(const char *p, size_t n) {
    return p == nullptr ? std::string() : std::string(p, n);
}

std::string cstring(const char *p) {
    return p == nullptr ? std::string() : std::string(p);
}

template <typename T>
void require(T *p, const char *what) {
    if (p == nullptr) throw Xapian::InvalidArgumentError(std::string(what) + " is NULL");
}

Xapian::Stem make_stem(const char *language) {
    // A default-constructed Stem is the "none" stemmer; name the language explicitly.
    return Xapian::Stem(language == nullptr ? std::string("none") : std::string(language));
}

Xapian::WritableDatabase &writer(cxp_database *db, const char *operation) {
    require(db, "database");
    if (!db->writable) {
        throw Xapian::InvalidArgumentError(std::string(operation) +
                                           " needs a writable database; this one is open read-only");
    }
    return db->wdb;
}

void set_bytes_out(const std::string &value, char **out, size_t *length) {
    require(out, "output pointer");
    char *copy = copy_bytes(value);
    if (copy == nullptr) throw std::bad_alloc();
    *out = copy;
    if (length != nullptr) *length = value.size();
}

void require_term(const std::string &term, const char *what) {
    if (term.empty()) throw Xapian::InvalidArgumentError(std::string(what) + " must not be empty");
}

// Xapian::Query shares its tree by reference counts that are not atomic. Swift shares
// Query objects between threads, so every operation that copies or drops a reference to
// a caller-visible cxp_query tree holds this lock, and cxp_search works on a private
// deep copy, so the matcher's own copies never touch a shared tree.
std::mutex &query_lock() {
    static std::mutex lock;
    return lock;
}

Xapian::Query private_copy(const Xapian::Query &query) {
    if (query.empty()) return Xapian::Query();
    return Xapian::Query::unserialise(query.serialise());
}

// Xapian's DateRangeProcessor passes YYYYMMDD..YYYYMMDD through and converts
// YYYY-MM-DD..YYYY-MM-DD, but rejects a mix of the two and accepts impossible dates such
// as 2023-13-45. This one normalises each end to YYYYMMDD first and declines (so the parse
// fails with "Unknown range operation") when an ISO-looking end is not a real date.
class IsoDateRangeProcessor final : public Xapian::DateRangeProcessor {
  public:
    IsoDateRangeProcessor(Xapian::valueno slot, const std::string &str)
        : Xapian::DateRangeProcessor(slot, str) {}

    Xapian::Query operator()(const std::string &begin, const std::string &end) override {
        std::string b = begin, e = end;
        if (!normalise(b) || !normalise(e)) return Xapian::Query(Xapian::Query::OP_INVALID);
        return Xapian::DateRangeProcessor::operator()(b, e);
    }

  private:
    static bool digits(const std::string &s, size_t from, size_t count) {
        for (size_t i = from; i < from + count; ++i) {
            if (s[i] < '0' || s[i] > '9') return false;
        }
        return true;
    }

    // Rewrites YYYY-MM-DD as YYYYMMDD; leaves other forms to Xapian. False for an
    // impossible month or day.
    static bool normalise(std::string &s) {
        if (s.size() == 10 && s[4] == '-' && s[7] == '-' && digits(s, 0, 4) && digits(s, 5, 2) &&
            digits(s, 8, 2)) {
            s = s.substr(0, 4) + s.substr(5, 2) + s.substr(8, 2);
        }
        if (s.size() == 8 && digits(s, 0, 8)) {
            int month = std::stoi(s.substr(4, 2));
            int day = std::stoi(s.substr(6, 2));
            return month >= 1 && month <= 12 && day >= 1 && day <= 31;
        }
        return true;
    }
};

// `field:value` through a C callback; the sink's terms are ORed.
class CallbackFieldProcessor final : public Xapian::FieldProcessor {
  public:
    CallbackFieldProcessor(cxp_field_callback callback, void *context, std::shared_ptr<std::string> rejection)
        : callback_(callback), context_(context), rejection_(std::move(rejection)) {}

    Xapian::Query operator()(const std::string &value) override {
        cxp_term_sink sink;
        char *error = nullptr;
        int rc = callback_(context_, value.data(), value.size(), &sink, &error);
        if (rc != 0) {
            if (rejection_->empty()) {
                *rejection_ = error != nullptr ? std::string(error) : "field value rejected: " + value;
            }
            std::free(error);
            return Xapian::Query();
        }
        std::free(error);
        if (sink.out_of_memory) throw std::bad_alloc();
        if (sink.terms.empty()) return Xapian::Query();
        return Xapian::Query(Xapian::Query::OP_OR, sink.terms.begin(), sink.terms.end());
    }

  private:
    cxp_field_callback callback_;
    void *context_;
    std::shared_ptr<std::string> rejection_;
};

}  // namespace

// ---------------------------------------------------------------------------------------
// Strings and version.

void cxp_string_free(char *string) { std::free(string); }

const char *cxp_library_version(void) { return Xapian::version_string(); }

// ---------------------------------------------------------------------------------------
// Term lists.

size_t cxp_term_list_count(const cxp_term_list *list) {
    return list == nullptr ? 0 : list->items.size();
}

const char *cxp_term_list_term(const cxp_term_list *list, size_t index, size_t *length) {
    if (list == nullptr || index >= list->items.size()) {
        if (length != nullptr) *length = 0;
        return "";
    }
    const std::string &term = list->items[index].first;
    if (length != nullptr) *length = term.size();
    return term.c_str();
}

uint32_t cxp_term_list_frequency(const cxp_term_list *list, size_t index) {
    if (list == nullptr || index >= list->items.size()) return 0;
    return list->items[index].second;
}

void cxp_term_list_free(cxp_term_list *list) { delete list; }

// ---------------------------------------------------------------------------------------
// Databases.

cxp_status cxp_database_open(const char *path, cxp_database **out, char **message) {
    return guard(message, [&] {
        require(path, "path");
        require(out, "output pointer");
        auto handle = std::make_unique<cxp_database>();
        handle->db = Xapian::Database(path);
        *out = handle.release();
    });
}

cxp_status cxp_database_open_writable(const char *path, int create, cxp_database **out,
                                      char **message) {
    return guard(message, [&] {
        require(path, "path");
        require(out, "output pointer");
        auto handle = std::make_unique<cxp_database>();
        handle->wdb = Xapian::WritableDatabase(path, create ? Xapian::DB_CREATE_OR_OPEN
                                                            : Xapian::DB_OPEN);
        handle->db = handle->wdb;
        handle->writable = true;
        *out = handle.release();
    });
}

void cxp_database_free(cxp_database *db) {
    if (db == nullptr) return;
    // close() rather than relying on the destructor: documents and results read from this
    // database hold references to it, and a writer's lock must go now, not when the last
    // of those is freed. For a writer, close() commits.
    quietly([&] { db->db.close(); });
    quietly([&] { delete db; });
}

cxp_status cxp_database_reopen(cxp_database *db, int *changed, char **message) {
    return guard(message, [&] {
        require(db, "database");
        bool did = db->db.reopen();
        if (changed != nullptr) *changed = did ? 1 : 0;
    });
}

cxp_status cxp_database_doccount(cxp_database *db, uint32_t *out, char **message) {
    return guard(message, [&] {
        require(db, "database");
        require(out, "output pointer");
        *out = db->db.get_doccount();
    });
}

cxp_status cxp_database_revision(cxp_database *db, uint64_t *out, char **message) {
    return guard(message, [&] {
        require(db, "database");
        require(out, "output pointer");
        *out = db->db.get_revision();
    });
}

cxp_status cxp_database_term_frequency(cxp_database *db, const char *term, size_t term_length,
                                       uint32_t *out, char **message) {
    return guard(message, [&] {
        require(db, "database");
        require(out, "output pointer");
        *out = db->db.get_termfreq(bytes(term, term_length));
    });
}

cxp_status cxp_database_terms_with_prefix(cxp_database *db, const char *prefix,
                                          size_t prefix_length, cxp_term_list **out,
                                          char **message) {
    return guard(message, [&] {
        require(db, "database");
        require(out, "output pointer");
        const std::string p = bytes(prefix, prefix_length);
        auto list = std::make_unique<cxp_term_list>();
        for (auto it = db->db.allterms_begin(p); it != db->db.allterms_end(p); ++it) {
            list->items.emplace_back(*it, it.get_termfreq());
        }
        *out = list.release();
    });
}

cxp_status cxp_database_get_metadata(cxp_database *db, const char *key, size_t key_length,
                                     char **value, size_t *value_length, char **message) {
    return guard(message, [&] {
        require(db, "database");
        const std::string k = bytes(key, key_length);
        require_term(k, "metadata key");
        set_bytes_out(db->db.get_metadata(k), value, value_length);
    });
}

cxp_status cxp_database_metadata_keys(cxp_database *db, const char *prefix, size_t prefix_length,
                                      cxp_term_list **out, char **message) {
    return guard(message, [&] {
        require(db, "database");
        require(out, "output pointer");
        const std::string p = bytes(prefix, prefix_length);
        auto list = std::make_unique<cxp_term_list>();
        for (auto it = db->db.metadata_keys_begin(p); it != db->db.metadata_keys_end(p); ++it) {
            list->items.emplace_back(*it, 0u);
        }
        *out = list.release();
    });
}

cxp_status cxp_database_set_metadata(cxp_database *db, const char *key, size_t key_length,
                                     const char *value, size_t value_length, char **message) {
    return guard(message, [&] {
        Xapian::WritableDatabase &w = writer(db, "set_metadata");
        const std::string k = bytes(key, key_length);
        require_term(k, "metadata key");
        w.set_metadata(k, bytes(value, value_length));
    });
}

cxp_status cxp_database_replace_document(cxp_database *db, const char *id_term,
                                         size_t id_term_length, const cxp_document *doc,
                                         uint32_t *docid, char **message) {
    return guard(message, [&] {
        Xapian::WritableDatabase &w = writer(db, "replace_document");
        require(doc, "document");
        const std::string term = bytes(id_term, id_term_length);
        require_term(term, "id term");
        // Xapian finds the document to replace by this term next time, so it must be in
        // the document; add it if the caller did not.
        Xapian::Document d = doc->doc;  // shares the caller's document
        Xapian::TermIterator it = d.termlist_begin();
        it.skip_to(term);
        if (it == d.termlist_end() || *it != term) d.add_boolean_term(term);
        Xapian::docid id = w.replace_document(term, d);
        if (docid != nullptr) *docid = id;
    });
}

cxp_status cxp_database_delete_document(cxp_database *db, const char *id_term,
                                        size_t id_term_length, int *deleted, char **message) {
    return guard(message, [&] {
        Xapian::WritableDatabase &w = writer(db, "delete_document");
        const std::string term = bytes(id_term, id_term_length);
        require_term(term, "id term");
        bool existed = w.term_exists(term);
        if (existed) w.delete_document(term);
        if (deleted != nullptr) *deleted = existed ? 1 : 0;
    });
}

cxp_status cxp_database_commit(cxp_database *db, char **message) {
    return guard(message, [&] { writer(db, "commit").commit(); });
}

// ---------------------------------------------------------------------------------------
// Documents.

cxp_status cxp_document_new(const char *stem_language, cxp_document **out, char **message) {
    return guard(message, [&] {
        require(out, "output pointer");
        auto handle = std::make_unique<cxp_document>();
        handle->generator.set_stemmer(make_stem(stem_language));
        handle->generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
        handle->generator.set_document(handle->doc);
        *out = handle.release();
    });
}

void cxp_document_free(cxp_document *doc) {
    quietly([&] { delete doc; });
}

cxp_status cxp_document_index_text(cxp_document *doc, const char *text, size_t text_length,
                                   uint32_t weight, const char *prefix, int with_positions,
                                   char **message) {
    return guard(message, [&] {
        require(doc, "document");
        const std::string t = bytes(text, text_length);
        const std::string p = cstring(prefix);
        if (with_positions) {
            doc->generator.index_text(t, weight, p);
        } else {
            doc->generator.index_text_without_positions(t, weight, p);
        }
    });
}

cxp_status cxp_document_increase_position(cxp_document *doc, uint32_t delta, char **message) {
    return guard(message, [&] {
        require(doc, "document");
        doc->generator.increase_termpos(delta);
    });
}

cxp_status cxp_document_add_boolean_term(cxp_document *doc, const char *term, size_t term_length,
                                         char **message) {
    return guard(message, [&] {
        require(doc, "document");
        doc->doc.add_boolean_term(bytes(term, term_length));
    });
}

cxp_status cxp_document_set_data(cxp_document *doc, const char *data, size_t length,
                                 char **message) {
    return guard(message, [&] {
        require(doc, "document");
        doc->doc.set_data(bytes(data, length));
    });
}

cxp_status cxp_document_set_value(cxp_document *doc, uint32_t slot, const char *value,
                                  size_t length, char **message) {
    return guard(message, [&] {
        require(doc, "document");
        doc->doc.add_value(slot, bytes(value, length));
    });
}

cxp_status cxp_document_get_data(const cxp_document *doc, char **data, size_t *length,
                                 char **message) {
    return guard(message, [&] {
        require(doc, "document");
        set_bytes_out(doc->doc.get_data(), data, length);
    });
}

cxp_status cxp_document_get_value(const cxp_document *doc, uint32_t slot, char **value,
                                  size_t *length, char **message) {
    return guard(message, [&] {
        require(doc, "document");
        set_bytes_out(doc->doc.get_value(slot), value, length);
    });
}

cxp_status cxp_document_terms_with_prefix(const cxp_document *doc, const char *prefix,
                                          size_t prefix_length, cxp_term_list **out,
                                          char **message) {
    return guard(message, [&] {
        require(doc, "document");
        require(out, "output pointer");
        const std::string p = bytes(prefix, prefix_length);
        auto list = std::make_unique<cxp_term_list>();
        Xapian::TermIterator it = doc->doc.termlist_begin();
        const Xapian::TermIterator end = doc->doc.termlist_end();
        it.skip_to(p);
        for (; it != end; ++it) {
            const std::string term = *it;
            if (term.compare(0, p.size(), p) != 0) break;
            list->items.emplace_back(term, it.get_wdf());
        }
        *out = list.release();
    });
}

cxp_status cxp_database_find_document(cxp_database *db, const char *id_term, size_t id_term_length,
                                      cxp_document **out, char **message) {
    return guard(message, [&] {
        require(db, "database");
        require(out, "output pointer");
        const std::string term = bytes(id_term, id_term_length);
        require_term(term, "id term");
        Xapian::PostingIterator it = db->db.postlist_begin(term);
        if (it == db->db.postlist_end(term)) {
            throw Xapian::DocNotFoundError("No document indexed by id term " + term);
        }
        auto handle = std::make_unique<cxp_document>();
        handle->doc = db->db.get_document(*it);
        handle->generator.set_document(handle->doc);
        *out = handle.release();
    });
}

// ---------------------------------------------------------------------------------------
// Queries.

cxp_status cxp_query_new_term(const char *term, size_t term_length, cxp_query **out,
                              char **message) {
    return guard(message, [&] {
        require(out, "output pointer");
        const std::string t = bytes(term, term_length);
        // Xapian reads the empty term as "match everything"; nobody asking for a term
        // means that.
        require_term(t, "term");
        auto handle = std::make_unique<cxp_query>();
        handle->query = Xapian::Query(t);
        *out = handle.release();
    });
}

cxp_status cxp_query_new_match_all(cxp_query **out, char **message) {
    return guard(message, [&] {
        require(out, "output pointer");
        auto handle = std::make_unique<cxp_query>();
        // Not a copy of the static Query::MatchAll, whose reference count every thread
        // would then share.
        handle->query = Xapian::Query(std::string());
        *out = handle.release();
    });
}

cxp_status cxp_query_new_value_range(uint32_t slot, const char *low, const char *high,
                                     cxp_query **out, char **message) {
    return guard(message, [&] {
        require(out, "output pointer");
        auto handle = std::make_unique<cxp_query>();
        if (low != nullptr && high != nullptr) {
            handle->query = Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, low, high);
        } else if (high != nullptr) {
            handle->query = Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, high);
        } else {
            handle->query = Xapian::Query(Xapian::Query::OP_VALUE_GE, slot,
                                          low != nullptr ? std::string(low) : std::string());
        }
        *out = handle.release();
    });
}

cxp_status cxp_query_combine(cxp_query_op op, const cxp_query *const *subqueries, size_t count,
                             cxp_query **out, char **message) {
    return guard(message, [&] {
        require(out, "output pointer");
        if (count > 0) require(subqueries, "subqueries");
        Xapian::Query::op xop;
        switch (op) {
            case CXP_QUERY_AND: xop = Xapian::Query::OP_AND; break;
            case CXP_QUERY_OR: xop = Xapian::Query::OP_OR; break;
            case CXP_QUERY_AND_NOT: xop = Xapian::Query::OP_AND_NOT; break;
            case CXP_QUERY_FILTER: xop = Xapian::Query::OP_FILTER; break;
            default: throw Xapian::InvalidArgumentError("unknown query operator");
        }
        auto handle = std::make_unique<cxp_query>();
        std::lock_guard<std::mutex> lock(query_lock());
        if (count > 0) {
            std::vector<Xapian::Query> parts;
            parts.reserve(count);
            for (size_t i = 0; i < count; ++i) {
                require(subqueries[i], "subquery");
                parts.push_back(subqueries[i]->query);
            }
            handle->query = Xapian::Query(xop, parts.begin(), parts.end());
        }
        *out = handle.release();
    });
}

cxp_status cxp_query_describe(const cxp_query *query, char **out, char **message) {
    return guard(message, [&] {
        require(query, "query");
        std::string text;
        {
            std::lock_guard<std::mutex> lock(query_lock());
            text = query->query.get_description();
        }
        set_bytes_out(text, out, nullptr);
    });
}

int cxp_query_is_empty(const cxp_query *query) {
    if (query == nullptr) return 1;
    return query->query.empty() ? 1 : 0;
}

void cxp_query_free(cxp_query *query) {
    if (query == nullptr) return;
    quietly([&] {
        std::lock_guard<std::mutex> lock(query_lock());
        delete query;
    });
}

// ---------------------------------------------------------------------------------------
// Query parsing.

void cxp_term_sink_add(cxp_term_sink *sink, const char *term, size_t term_length) {
    if (sink == nullptr) return;
    try {
        sink->terms.push_back(bytes(term, term_length));
    } catch (...) {
        sink->out_of_memory = true;
    }
}

cxp_status cxp_query_parser_new(const char *stem_language, cxp_query_parser **out,
                                char **message) {
    return guard(message, [&] {
        require(out, "output pointer");
        auto handle = std::make_unique<cxp_query_parser>();
        handle->parser.set_stemmer(make_stem(stem_language));
        handle->parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
        *out = handle.release();
    });
}

void cxp_query_parser_free(cxp_query_parser *parser) {
    quietly([&] { delete parser; });
}

cxp_status cxp_query_parser_add_prefix(cxp_query_parser *parser, const char *field,
                                       const char *prefix, char **message) {
    return guard(message, [&] {
        require(parser, "parser");
        require(field, "field");
        parser->parser.add_prefix(field, cstring(prefix));
    });
}

cxp_status cxp_query_parser_add_boolean_prefix(cxp_query_parser *parser, const char *field,
                                               const char *prefix, char **message) {
    return guard(message, [&] {
        require(parser, "parser");
        require(field, "field");
        parser->parser.add_boolean_prefix(field, cstring(prefix));
    });
}

cxp_status cxp_query_parser_add_boolean_callback(cxp_query_parser *parser, const char *field,
                                                 cxp_field_callback callback, void *context,
                                                 char **message) {
    return guard(message, [&] {
        require(parser, "parser");
        require(field, "field");
        if (callback == nullptr) throw Xapian::InvalidArgumentError("callback is NULL");
        // release() hands ownership to the parser's reference counting. Not exclusive: a
        // document has many terms of such a field, so two values of it are ANDed.
        parser->parser.add_boolean_prefix(
            field, (new CallbackFieldProcessor(callback, context, parser->rejection))->release(), false);
    });
}

cxp_status cxp_query_parser_add_date_range(cxp_query_parser *parser, uint32_t slot,
                                           const char *field, char **message) {
    return guard(message, [&] {
        require(parser, "parser");
        require(field, "field");
        // The range processor matches its string as a literal prefix of the range's start
        // (not as a registered field), so "date:" makes `date:A..B`, `date:A..` and
        // `date:..B` ours. Empty ends become open-ended value comparisons.
        const std::string str = std::string(field) + ":";
        parser->parser.add_rangeprocessor((new IsoDateRangeProcessor(slot, str))->release());
    });
}

cxp_status cxp_query_parser_set_default_and(cxp_query_parser *parser, int use_and,
                                            char **message) {
    return guard(message, [&] {
        require(parser, "parser");
        parser->parser.set_default_op(use_and ? Xapian::Query::OP_AND : Xapian::Query::OP_OR);
    });
}

cxp_status cxp_query_parser_set_max_wildcard_expansion(cxp_query_parser *parser,
                                                       uint32_t max_terms, char **message) {
    return guard(message, [&] {
        require(parser, "parser");
        // 0 means no cap. It must not reach Xapian with WILDCARD_LIMIT_MOST_FREQUENT:
        // 1.4 then keeps the 0 most frequent terms and the wildcard matches nothing.
        if (max_terms == 0) {
            parser->parser.set_max_expansion(0, Xapian::Query::WILDCARD_LIMIT_ERROR,
                                             Xapian::QueryParser::FLAG_WILDCARD);
        } else {
            parser->parser.set_max_expansion(max_terms, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT,
                                             Xapian::QueryParser::FLAG_WILDCARD);
        }
    });
}

cxp_status cxp_query_parser_parse(cxp_query_parser *parser, cxp_database *db,
                                  const char *query_string, size_t query_length, unsigned flags,
                                  cxp_query **out, char **message) {
    return guard(message, [&] {
        require(parser, "parser");
        require(out, "output pointer");
        // The C flag values differ from Xapian's (WILDCARD and BOOLEAN_ANY_CASE swap).
        unsigned xflags = 0;
        if (flags & CXP_PARSE_BOOLEAN) xflags |= Xapian::QueryParser::FLAG_BOOLEAN;
        if (flags & CXP_PARSE_PHRASE) xflags |= Xapian::QueryParser::FLAG_PHRASE;
        if (flags & CXP_PARSE_LOVEHATE) xflags |= Xapian::QueryParser::FLAG_LOVEHATE;
        if (flags & CXP_PARSE_WILDCARD) xflags |= Xapian::QueryParser::FLAG_WILDCARD;
        if (flags & CXP_PARSE_BOOLEAN_ANY_CASE) xflags |= Xapian::QueryParser::FLAG_BOOLEAN_ANY_CASE;
        if (db != nullptr) {
            parser->parser.set_database(db->db);
        } else {
            parser->parser.set_database(Xapian::Database());
        }
        auto handle = std::make_unique<cxp_query>();
        parser->rejection->clear();
        try {
            handle->query = parser->parser.parse_query(bytes(query_string, query_length), xflags);
        } catch (const Xapian::QueryParserError &) {
            // A rejected field value is the more useful message ("unknown actor ...").
            if (parser->rejection->empty()) throw;
        }
        if (!parser->rejection->empty()) throw FieldRejected{*parser->rejection};
        *out = handle.release();
    });
}

// ---------------------------------------------------------------------------------------
// Searching.

cxp_status cxp_search(cxp_database *db, const cxp_query *query, const cxp_search_options *options,
                      cxp_results **out, char **message) {
    return guard(message, [&] {
        require(db, "database");
        require(query, "query");
        require(options, "options");
        require(out, "output pointer");
        Xapian::Query local;
        {
            std::lock_guard<std::mutex> lock(query_lock());
            local = private_copy(query->query);
        }
        auto results = std::make_unique<cxp_results>(db->db);
        results->stem = make_stem(options->stem_language);

        std::vector<std::string> prefixes;
        for (size_t i = 0; i < options->facet_prefix_count; ++i) {
            if (options->facet_prefixes == nullptr || options->facet_prefixes[i] == nullptr) {
                throw Xapian::InvalidArgumentError("facet prefix is NULL");
            }
            std::string p = options->facet_prefixes[i];
            // A repeated prefix would count every term twice.
            if (std::find(prefixes.begin(), prefixes.end(), p) == prefixes.end()) {
                prefixes.push_back(std::move(p));
            }
        }
        results->spy = std::make_unique<FacetSpy>(std::move(prefixes), options->facet_value_slot);

        Xapian::Enquire &enquire = results->enquire;
        enquire.set_query(local);
        if (options->sort_slot >= 0) {
            enquire.set_sort_by_value_then_relevance(
                static_cast<Xapian::valueno>(options->sort_slot), options->sort_descending != 0);
        }
        // A spy, even an idle one, makes the matcher visit every match: only when counting.
        if (!results->spy->counts_nothing()) enquire.add_matchspy(results->spy.get());
        if (options->time_limit > 0) enquire.set_time_limit(options->time_limit);
        results->mset = enquire.get_mset(options->offset, options->limit, options->check_at_least);
        *out = results.release();
    });
}

void cxp_results_free(cxp_results *results) {
    quietly([&] { delete results; });
}

size_t cxp_results_count(const cxp_results *results) {
    if (results == nullptr) return 0;
    return results->mset.size();
}

void cxp_results_totals(const cxp_results *results, uint32_t *lower, uint32_t *estimated,
                        uint32_t *upper) {
    uint32_t l = 0, e = 0, u = 0;
    if (results != nullptr) {
        l = results->mset.get_matches_lower_bound();
        e = results->mset.get_matches_estimated();
        u = results->mset.get_matches_upper_bound();
    }
    if (lower != nullptr) *lower = l;
    if (estimated != nullptr) *estimated = e;
    if (upper != nullptr) *upper = u;
}

uint32_t cxp_results_facet_documents_seen(const cxp_results *results) {
    if (results == nullptr || !results->spy) return 0;
    return results->spy->seen();
}

cxp_status cxp_results_hit(const cxp_results *results, size_t index, uint32_t *docid,
                           double *weight, cxp_document **document, char **message) {
    return guard(message, [&] {
        require(results, "results");
        if (index >= results->mset.size()) {
            throw Xapian::InvalidArgumentError("hit index " + std::to_string(index) +
                                               " out of range (" +
                                               std::to_string(results->mset.size()) + " hits)");
        }
        Xapian::MSetIterator it = results->mset[static_cast<Xapian::doccount>(index)];
        if (docid != nullptr) *docid = *it;
        if (weight != nullptr) *weight = it.get_weight();
        if (document != nullptr) {
            auto handle = std::make_unique<cxp_document>();
            handle->doc = it.get_document();
            handle->generator.set_document(handle->doc);
            *document = handle.release();
        }
    });
}

cxp_status cxp_results_snippet(const cxp_results *results, const char *text, size_t text_length,
                               size_t length, const char *highlight_start,
                               const char *highlight_end, const char *omit, char **out,
                               size_t *out_length, char **message) {
    return guard(message, [&] {
        require(results, "results");
        const std::string snippet = results->mset.snippet(
            bytes(text, text_length), length, results->stem,
            Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE,
            cstring(highlight_start), cstring(highlight_end), cstring(omit));
        set_bytes_out(snippet, out, out_length);
    });
}

cxp_status cxp_results_facets(const cxp_results *results, cxp_term_list **out, char **message) {
    return guard(message, [&] {
        require(results, "results");
        require(out, "output pointer");
        auto list = std::make_unique<cxp_term_list>();
        if (results->spy) {
            const auto &counts = results->spy->counts();
            list->items.assign(counts.begin(), counts.end());
            std::sort(list->items.begin(), list->items.end(), [](const auto &a, const auto &b) {
                return a.second != b.second ? a.second > b.second : a.first < b.first;
            });
        }
        *out = list.release();
    });
}
