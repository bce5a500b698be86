namespace Corridor.Organisations;

/// <summary>What a sign-in attempt came to.</summary>
public enum SignInOutcome
{
    SignedIn,
    UnknownEmail,
    WrongPassword,
    Disabled,
    LockedOut,
}

/// <summary>The outcome of <see cref="UserAdministration.VerifyPasswordAsync"/>: the user when signed in, the lockout's end when locked.</summary>
public sealed record SignInResult(SignInOutcome Outcome, User? User, DateTimeOffset? LockedUntil);
