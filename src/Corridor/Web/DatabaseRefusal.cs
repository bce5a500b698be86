using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Corridor.Web;

/// <summary>
/// What a database's refusal means for the client, in the API's words and the same on SQLite and PostgreSQL: a
/// duplicate key is a 409 naming the field, an overflowing number or an unstorable text a 400. The database's own
/// message (<c>SQLite Error 19: UNIQUE constraint failed…</c>, <c>22003: numeric field overflow</c>) stays in the log.
/// </summary>
public sealed partial record DatabaseRefusal(int Status, string Title, string Detail)
{
    public static DatabaseRefusal? Of(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg:
                    return FromSqlState(pg.SqlState, pg.ConstraintName is { } constraint ? Field(constraint.Split('_')[^1]) : null);
                case SqliteException { SqliteErrorCode: 19 } sqlite:
                    return FromSqliteConstraint(sqlite);
            }
        }

        return exception is DbUpdateException
            ? new(StatusCodes.Status409Conflict, "The change conflicts with stored data.", "The change conflicts with stored data; nothing was written.")
            : null;
    }

    private static DatabaseRefusal? FromSqlState(string state, string? field) => state switch
    {
        "23505" => Duplicate(field),
        "23503" => Reference(),
        "23502" => new(StatusCodes.Status400BadRequest, "A value is missing.", "A required value is missing; nothing was written."),
        "23514" => new(StatusCodes.Status400BadRequest, "A value is not valid.", "A value breaks a rule of its field; nothing was written."),
        "22003" => new(StatusCodes.Status400BadRequest, "A number is out of range.", "A number is larger than its field can store; nothing was written."),
        "22001" => new(StatusCodes.Status400BadRequest, "A value is too long.", "A text is longer than its field can store; nothing was written."),
        "22021" or "22P05" => new(StatusCodes.Status400BadRequest, "A text cannot be stored.", "A text contains a character that cannot be stored (such as a NUL byte)."),
        "22007" or "22008" => new(StatusCodes.Status400BadRequest, "A date is out of range.", "A date or time is outside the range its field can store."),
        "40001" or "40P01" => new(StatusCodes.Status409Conflict, "The change collided with another.", "Another change to the same records ran at the same time; try again."),
        _ => null,
    };

    private static DatabaseRefusal FromSqliteConstraint(SqliteException sqlite)
    {
        var columns = UniqueColumns().Match(sqlite.Message);
        var field = columns.Success
            ? columns.Groups[1].Value.Split(',').Select(c => c.Trim().Split('.')[^1]).LastOrDefault(c => !c.Equals("organisation_id", StringComparison.OrdinalIgnoreCase) && !c.Equals("OrganisationId", StringComparison.Ordinal))
            : null;
        return sqlite.SqliteExtendedErrorCode switch
        {
            2067 or 1555 => Duplicate(field is null ? null : Field(field)),
            787 => Reference(),
            1299 => new(StatusCodes.Status400BadRequest, "A value is missing.", "A required value is missing; nothing was written."),
            _ => new(StatusCodes.Status400BadRequest, "A value is not valid.", "A value breaks a rule of its field; nothing was written."),
        };
    }

    private static DatabaseRefusal Duplicate(string? field) => new(StatusCodes.Status409Conflict, "Exists already.",
        field is null ? "A record with the same key exists already; nothing was written." : $"A record with this {field} exists already; nothing was written.");

    private static DatabaseRefusal Reference() => new(StatusCodes.Status409Conflict, "The record is referred to, or refers to one that does not exist.",
        "The change would leave a reference to a record that does not exist; nothing was written.");

    private static string Field(string column) => ApiContract.ClientName(column);

    [GeneratedRegex(@"constraint failed: ([\w., ]+)")]
    private static partial Regex UniqueColumns();
}
