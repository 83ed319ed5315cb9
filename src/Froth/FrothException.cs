namespace Froth;

/// <summary>
/// An expected failure caused by what the user gave (a file, an option, a series too short for a test).
/// Its message is written for the user: it says what was wrong and what was expected. The CLI prints it
/// on one line without a stack trace and exits with a non-zero code.
/// </summary>
public class FrothException : Exception
{
    /// <summary>Creates an exception with a user-facing message.</summary>
    public FrothException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a user-facing message and the failure that caused it.</summary>
    public FrothException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception with a generic message; prefer the overloads that say what went wrong.</summary>
    public FrothException()
        : base("Froth could not complete the request.")
    {
    }
}
