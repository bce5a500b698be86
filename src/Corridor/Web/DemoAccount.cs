using System.Security.Cryptography;
using Corridor.Organisations;

namespace Corridor.Web;

/// <summary>A demo user: one per role, <c>&lt;role&gt;@demo.corridor</c>, with a fresh random password and its hash.</summary>
public sealed record DemoAccount(string Email, Role Role, string Password, HashedPassword Hash);

/// <summary>Makes the demo accounts, hashing their passwords in parallel.</summary>
public static class DemoAccounts
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static List<DemoAccount> Create() =>
        Enum.GetValues<Role>().AsParallel().AsOrdered()
            .Select(role =>
            {
                var password = NewPassword();
                return new DemoAccount($"{role.ToKebab()}@demo.corridor", role, password, UserAdministration.HashPassword(password).Value);
            })
            .ToList();

    private static string NewPassword() => string.Create(14, 0, (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
    });
}
