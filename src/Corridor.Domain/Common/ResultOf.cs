namespace Corridor.Common;

/// <summary>
/// The outcome of an operation that can fail in ordinary use: a value, or the reasons it could not be produced, each a
/// <typeparamref name="TReason"/> (a message, or a typed reason that carries one). <see cref="Result{T}"/> has messages.
/// </summary>
public abstract class Result<T, TReason>
    where TReason : notnull
{
    private readonly T? _value;

    protected Result(T? value, IReadOnlyList<TReason> reasons)
    {
        _value = value;
        Reasons = reasons;
    }

    public bool Succeeded => Reasons.Count == 0;

    /// <summary>Why there is no value; empty on success.</summary>
    public IReadOnlyList<TReason> Reasons { get; }

    /// <exception cref="InvalidOperationException">The operation failed.</exception>
    public T Value => Succeeded ? _value! : throw new InvalidOperationException(string.Join("; ", Reasons));
}
