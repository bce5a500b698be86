using Corridor.Logistics;

namespace Corridor.Tests.Logistics;

/// <summary>The reference network files of the repository, read once.</summary>
public static class ReferenceNetwork
{
    private static readonly string FolderPath = Path.Combine(RepositoryRoot(), "data", "reference");

    private static readonly Lazy<NetworkDefinition> Lazy = new(() =>
    {
        var result = NetworkFiles.Read(FolderPath);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Value;
    });

    public static string Folder => FolderPath;

    public static NetworkDefinition Definition => Lazy.Value;

    public static NetworkGraph Graph() => new(Definition);

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Corridor.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Corridor.slnx not found above the test folder.");
    }
}
