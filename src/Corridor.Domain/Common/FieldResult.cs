namespace Corridor.Common;

/// <summary>Checked input: a value, or the refusals each naming its input field (<see cref="FieldError"/>).</summary>
public sealed class FieldResult<T>
{
    private readonly T? _value;

    private FieldResult(T? value, IReadOnlyList<FieldError> errors)
    {
        _value = value;
        Errors = errors;
    }

    public bool Succeeded => Errors.Count == 0;

    public IReadOnlyList<FieldError> Errors { get; }

    /// <exception cref="InvalidOperationException">The input was refused.</exception>
    public T Value => Succeeded ? _value! : throw new InvalidOperationException(string.Join("; ", Errors));

    public static FieldResult<T> Success(T value) => new(value, []);

    public static FieldResult<T> Failure(string? field, string message) => new(default, [new FieldError(field, message)]);
}
