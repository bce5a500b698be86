namespace Corridor.Organisations;

/// <summary>
/// Which passwords are refused: shorter than <see cref="UserAdministration.MinimumPasswordLength"/>, longer than 200
/// characters, with control characters, blank, of fewer than four distinct characters (<c>aaaaaaaaaa</c>,
/// <c>ababababab</c>), a run along the keyboard or the alphabet (<c>1234567890</c>, <c>qwertyuiop</c>), or one of the
/// commonly used passwords of <see cref="Common"/> (compared ignoring case).
/// </summary>
public static class PasswordRules
{
    public const int MaximumLength = 200;

    /// <summary>
    /// Passwords of ten characters or more that appear near the top of published breach-frequency lists (the shorter
    /// ones are refused by the length rule already).
    /// </summary>
    public static readonly IReadOnlySet<string> Common = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "1234567890", "0987654321", "1111111111", "0000000000", "1234512345", "1q2w3e4r5t", "1qaz2wsx3edc", "q1w2e3r4t5",
        "qwertyuiop", "qwerty1234", "qwerty12345", "qwerty123456", "asdfghjkl;", "zxcvbnm123", "password12", "password123",
        "password1234", "passw0rd123", "p@ssw0rd123", "p@ssword123", "password!1", "password01", "iloveyou12", "iloveyou123",
        "sunshine12", "sunshine123", "princess12", "princess123", "football12", "football123", "baseball123", "basketball",
        "basketball1", "superman12", "superman123", "starwars12", "starwars123", "welcome123", "welcome1234", "letmein123",
        "administrator", "admin12345", "admin123456", "changeme123", "trustno1234", "monkey1234", "dragon1234", "master1234",
        "michael123", "jennifer123", "charlie123", "abcdefghij", "abcd123456", "abc1234567", "a1b2c3d4e5", "1234567890a",
        "12345678910", "123456789a", "123456789q", "1234567890q", "987654321a", "123123123123", "1231231231", "1212121212",
        "1122334455", "5555555555", "6666666666", "7777777777", "8888888888", "9999999999", "computer12", "computer123",
        "internet123", "corvette123", "mustang123", "liverpool1", "liverpool123", "chelsea123", "arsenal123", "manchester",
        "manchester1", "barcelona1", "barcelona123", "realmadrid", "blink18218", "pokemon123", "minecraft1", "minecraft123",
        "whatever123", "qazwsxedcrfv", "1q2w3e4r5t6y", "zaq12wsxcde3", "!qaz2wsx", "passwordpassword", "correcthorse",
        "correcthorsebatterystaple", "letmeinplease", "iloveyouforever", "mypassword", "mypassword1", "mypassword123",
        "secret1234", "secret12345", "password2024", "password2025", "password2026", "welcome2024", "welcome2025",
        "welcome2026", "summer2024", "summer2025", "summer2026", "winter2024", "winter2025", "winter2026", "spring2025",
        "autumn2025", "corridor123", "corridor2026",
    };

    private static readonly string[] Runs =
    [
        "01234567890", "09876543210", "abcdefghijklmnopqrstuvwxyz", "zyxwvutsrqponmlkjihgfedcba",
        "qwertyuiopasdfghjklzxcvbnm", "mnbvcxzlkjhgfdsapoiuytrewq", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
    ];

    /// <summary>Null when the password may be used, else why not (for the field <c>password</c>).</summary>
    public static string? Check(string password)
    {
        if (password.Length < UserAdministration.MinimumPasswordLength)
        {
            return $"must be at least {UserAdministration.MinimumPasswordLength} characters";
        }

        if (password.Length > MaximumLength)
        {
            return $"must be at most {MaximumLength} characters";
        }

        if (password.Any(char.IsControl))
        {
            return "must not contain control characters";
        }

        if (string.IsNullOrWhiteSpace(password) || password.Distinct().Count() < 4)
        {
            return "must use at least four different characters";
        }

        var lower = password.ToLowerInvariant();
        if (Common.Contains(password) || Runs.Any(r => r.Contains(lower, StringComparison.Ordinal)))
        {
            return "is a commonly used password; choose another";
        }

        return null;
    }
}
