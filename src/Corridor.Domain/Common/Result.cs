namespace Corridor.Common;

/// <summary>The outcome of an operation that can fail in ordinary use: a value, or the reasons it could not be produced.</summary>
public sealed class Result<T>
{
    private readonly T? _value;

    private Result(T? value, IReadOnlyList<string> errors)
    {
        _value = value;
        Errors = errors;
    }

    public bool Succeeded => Errors.Count == 0;

    public IReadOnlyList<string> Errors { get; }

    /// <exception cref="InvalidOperationException">The result is a failure.</exception>
    public T Value => Succeeded ? _value! : throw new InvalidOperationException(string.Join("; ", Errors));

    public static Result<T> Success(T value) => new(value, []);

    public static Result<T> Failure(params string[] errors) => new(default, errors.Length == 0 ? ["failed"] : errors);

    public static Result<T> Failure(IReadOnlyList<string> errors) => new(default, errors.Count == 0 ? ["failed"] : errors);
}
