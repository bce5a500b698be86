using Corridor.Storage;

namespace Corridor.Import;

/// <summary>
/// State shared by the importers of one import run: the database, the errors found so far, the keys that
/// files in this run provide (so that <c>vehicle-models.csv</c> may refer to a maker that <c>makers.csv</c>
/// adds in the same run) and each importer's parsed rows between validation and apply.
/// </summary>
public sealed class ImportContext(CorridorDbContext db)
{
    private readonly Dictionary<string, HashSet<string>> _provided = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, object> _state = [];

    public CorridorDbContext Db { get; } = db;

    public List<ImportError> Errors { get; } = [];

    /// <summary>Set by the runner for the file being worked on; importers of large files report the fraction done (0..1).</summary>
    public Action<double> Progress { get; set; } = _ => { };

    /// <summary>Declares that this run provides <paramref name="key"/> of kind <paramref name="kind"/> (e.g. kind "maker", key "IKCO").</summary>
    public void Provide(string kind, string key)
    {
        if (!_provided.TryGetValue(kind, out var set))
        {
            _provided[kind] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        }

        set.Add(key);
    }

    public bool Provides(string kind, string key) => _provided.TryGetValue(kind, out var set) && set.Contains(key);

    public void SetState<T>(T state)
        where T : class => _state[typeof(T)] = state;

    public T GetState<T>()
        where T : class => (T)_state[typeof(T)];
}
