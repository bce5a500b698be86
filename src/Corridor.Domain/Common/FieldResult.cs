namespace Corridor.Common;

/// <summary>Checked input: a value, or the refusals each naming its input field (<see cref="FieldError"/>).</summary>
public sealed class FieldResult<T> : Result<T, FieldError>
{
    private FieldResult(T? value, IReadOnlyList<FieldError> errors)
        : base(value, errors)
    {
    }

    public IReadOnlyList<FieldError> Errors => Reasons;

    public static FieldResult<T> Success(T value) => new(value, []);

    public static FieldResult<T> Failure(string? field, string message) => new(default, [new FieldError(field, message)]);
}
