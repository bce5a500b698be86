namespace Corridor;

/// <summary>The <c>corridor</c> executable (being assembled).</summary>
public partial class Program
{
    public static int Main() => 0;
}
