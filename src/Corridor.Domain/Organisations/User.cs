using Corridor.Common;

namespace Corridor.Organisations;

/// <summary>A person who signs in. Belongs to exactly one organisation and has one role. The password is stored only as a hash.</summary>
public sealed class User : IOrganisationOwned
{
    private User()
    {
        Email = DisplayName = PasswordHash = "";
    }

    public User(Guid organisationId, string email, string displayName, Role role, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7();
        OrganisationId = organisationId;
        Email = NormaliseEmail(email);
        DisplayName = Guard.Text(displayName, "display_name");
        Role = role;
        CreatedAt = createdAt;
        PasswordHash = "";
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Organisation? Organisation { get; private set; }

    /// <summary>Lower-case; unique across all organisations (it is the sign-in name).</summary>
    public string Email { get; private set; }

    public string DisplayName { get; private set; }

    public Role Role { get; private set; }

    public string PasswordHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public bool Disabled { get; private set; }

    /// <summary>Sets the hash produced by the password hasher; the plain password never reaches the entity.</summary>
    public void SetPasswordHash(string hash) => PasswordHash = Guard.Text(hash, "password_hash", 1000);

    public void ChangeRole(Role role) => Role = role;

    public void Disable() => Disabled = true;

    public void Enable() => Disabled = false;

    /// <summary>Failed sign-ins since the last success or lockout; <see cref="LockoutThreshold"/> of them lock the account.</summary>
    public int FailedSignIns { get; private set; }

    /// <summary>Until when sign-in is refused even with the right password; null when not locked.</summary>
    public DateTimeOffset? LockedUntil { get; private set; }

    public const int LockoutThreshold = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public bool IsLockedOut(DateTimeOffset now) => LockedUntil is { } until && now < until;

    /// <summary>Counts a wrong password; the <see cref="LockoutThreshold"/>th in a row locks sign-in for <see cref="LockoutDuration"/>. True when this one locked it.</summary>
    public bool RecordFailedSignIn(DateTimeOffset now)
    {
        FailedSignIns++;
        if (FailedSignIns < LockoutThreshold)
        {
            return false;
        }

        FailedSignIns = 0;
        LockedUntil = now + LockoutDuration;
        return true;
    }

    public void RecordSignIn()
    {
        FailedSignIns = 0;
        LockedUntil = null;
    }

    public static string NormaliseEmail(string email)
    {
        var e = Guard.Text(email, "email", 254).ToLowerInvariant();
        var at = e.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at == e.Length - 1 || e.Contains(' ', StringComparison.Ordinal))
        {
            throw new ArgumentException($"email '{email}' is not an e-mail address.", nameof(email));
        }

        return e;
    }
}
