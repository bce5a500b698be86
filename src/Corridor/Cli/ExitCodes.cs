namespace Corridor.Cli;

/// <summary>Process exit codes of <c>corridor</c>; scripts may rely on them.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>An unexpected failure (a bug or an unreachable database).</summary>
    public const int Failure = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;

    /// <summary>Input data (a file, a value) is invalid; nothing was written.</summary>
    public const int InvalidInput = 3;

    /// <summary>A named record does not exist.</summary>
    public const int NotFound = 4;

    /// <summary>The request conflicts with stored data (a duplicate, a rule that refuses it).</summary>
    public const int Conflict = 5;
}
