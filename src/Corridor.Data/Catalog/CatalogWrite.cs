namespace Corridor.Catalog;

/// <summary>
/// What became of a catalogue create or edit: the stored record, or not found, or the invalid fields (keyed by the input's
/// camelCase name, as the API's JSON writes it), or a conflict with stored data (the code exists already).
/// </summary>
public sealed record CatalogWrite<T>(T? Value, bool NotFound, IReadOnlyDictionary<string, string[]>? Invalid, string? Conflict)
    where T : class
{
    public static CatalogWrite<T> Done(T value) => new(value, false, null, null);

    public static readonly CatalogWrite<T> Missing = new(null, true, null, null);

    public static CatalogWrite<T> Refused(string reason) => new(null, false, null, reason);

    public static CatalogWrite<T> Bad(IEnumerable<(string Field, string Message)> errors) =>
        new(null, false, errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()), null);

    public bool Succeeded => Value is not null;
}
