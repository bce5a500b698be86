namespace Corridor.Compliance.Lists;

/// <summary>A list file that cannot be read: the message names the file and the line or record.</summary>
public sealed class ListFormatException : Exception
{
    public ListFormatException(string file, string where, string problem)
        : base($"{Path.GetFileName(file)}:{where}: {problem}")
    {
        File = file;
    }

    public ListFormatException()
    {
        File = "";
    }

    public ListFormatException(string message)
        : base(message)
    {
        File = "";
    }

    public ListFormatException(string message, Exception inner)
        : base(message, inner)
    {
        File = "";
    }

    public string File { get; }
}
