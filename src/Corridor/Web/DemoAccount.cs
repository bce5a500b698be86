using System.Security.Cryptography;
using Corridor.Organisations;

namespace Corridor.Web;

/// <summary>A demo user: one per role, <c>&lt;role&gt;@demo.corridor</c>, with a fresh random password and its hash.</summary>
public sealed record DemoAccount(string Email, Role Role, string Password, HashedPassword Hash);

/// <summary>Makes the demo accounts: one per role, each with a fresh password and its hash.</summary>
public static class DemoAccounts
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <param name="parallel">Hash on every core (when nothing else needs them) or on the calling thread alone.</param>
    public static List<DemoAccount> Create(bool parallel)
    {
        var roles = Enum.GetValues<Role>();
        return parallel ? roles.AsParallel().AsOrdered().Select(Account).ToList() : roles.Select(Account).ToList();
    }

    private static DemoAccount Account(Role role)
    {
        var password = NewPassword();
        return new DemoAccount($"{role.ToKebab()}@demo.corridor", role, password, UserAdministration.HashPassword(password).Value);
    }

    private static string NewPassword() => string.Create(14, 0, (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
    });
}
