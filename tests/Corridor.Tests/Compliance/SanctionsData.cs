namespace Corridor.Tests.Compliance;

/// <summary>
/// Locates the shared sanctions-list files (../shared/data/sanctions from the repository root, or the folder named by
/// CORRIDOR_SANCTIONS_DATA) and this folder's own test data. The list files are used by path, never copied.
/// </summary>
public static class SanctionsData
{
    public static readonly string? Root = Find();

    public static readonly string OwnData = FindOwnData();

    public static string Path(string relative) => System.IO.Path.Combine(Root ?? throw new InvalidOperationException("sanctions data not found"), relative);

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("CORRIDOR_SANCTIONS_DATA") is { Length: > 0 } env && Directory.Exists(env))
        {
            return env;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { System.IO.Path.Combine(dir.FullName, "shared", "data", "sanctions"), System.IO.Path.Combine(dir.FullName, "..", "shared", "data", "sanctions") })
            {
                if (File.Exists(System.IO.Path.Combine(candidate, "SOURCES.md")))
                {
                    return System.IO.Path.GetFullPath(candidate);
                }
            }
        }

        return null;
    }

    private static string FindOwnData()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "tests", "Corridor.Tests", "Compliance", "Data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return "";
    }
}

/// <summary>A fact that needs the shared sanctions-list files; skipped (visibly) when they are not there.</summary>
public sealed class SanctionsDataFactAttribute : FactAttribute
{
    public SanctionsDataFactAttribute()
    {
        if (SanctionsData.Root is null)
        {
            Skip = "shared sanctions data (../shared/data/sanctions or CORRIDOR_SANCTIONS_DATA) not found";
        }
    }
}
