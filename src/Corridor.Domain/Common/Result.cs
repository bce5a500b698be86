namespace Corridor.Common;

/// <summary>The outcome of an operation that can fail in ordinary use: a value, or the reasons it could not be produced.</summary>
public sealed class Result<T> : Result<T, string>
{
    private Result(T? value, IReadOnlyList<string> errors)
        : base(value, errors)
    {
    }

    public IReadOnlyList<string> Errors => Reasons;

    public static Result<T> Success(T value) => new(value, []);

    public static Result<T> Failure(params string[] errors) => new(default, errors.Length == 0 ? ["failed"] : errors);

    public static Result<T> Failure(IReadOnlyList<string> errors) => new(default, errors.Count == 0 ? ["failed"] : errors);
}
