import Entities
import SitrepAPI

extension CuratedEntities {
    /// The built-in registry, extended by the user's entity file when there is one.
    public static func builtIn(extendedBy path: String?) throws(SitrepError) -> CuratedEntities {
        guard let path, !path.isEmpty else { return .builtIn }
        do { return CuratedEntities.builtIn.extended(with: try CuratedEntities.load(file: path)) } catch {
            throw SitrepError(.invalidConfiguration, "entity file \(error)")
        }
    }
}
