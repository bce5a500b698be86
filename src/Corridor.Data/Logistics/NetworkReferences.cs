using Corridor.Import;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Logistics;

/// <summary>Resolves node and link references of the network files against this import run and the stored network.</summary>
internal sealed class NetworkReferences(ImportContext context)
{
    private HashSet<string>? _storedNodes;
    private HashSet<string>? _storedLinks;

    public bool NodeKnown(string code)
    {
        _storedNodes ??= context.Db.Set<Node>().Select(n => n.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return context.Provides("node", code) || _storedNodes.Contains(code);
    }

    public bool LinkKnown(string key)
    {
        if (_storedLinks is null)
        {
            _storedLinks = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var l in context.Db.Set<Link>().AsNoTracking().ToList())
            {
                _storedLinks.Add(l.Key);
                if (l.Bidirectional)
                {
                    _storedLinks.Add(Link.KeyOf(l.ToCode, l.FromCode, l.Mode));
                }
            }
        }

        return context.Provides("link", key) || _storedLinks.Contains(key);
    }

    public static Task<Dictionary<string, Link>> LinksByKeyAsync(CorridorDbContext db, CancellationToken ct) =>
        db.Set<Link>().ToDictionaryAsync(l => l.Key, StringComparer.OrdinalIgnoreCase, ct);
}
