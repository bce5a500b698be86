namespace Corridor.Common;

/// <summary>A refusal of input with the input field it is about (the API's JSON name, as pages name their form fields too), or null when no one field is at fault.</summary>
public sealed record FieldError(string? Field, string Message)
{
    public override string ToString() => Message;
}
