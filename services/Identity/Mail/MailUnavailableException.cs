namespace HerstelWerk.Identity.Mail;

/// <summary>The mail server could not be reached or refused the mail; the cause is logged, the caller decides what a person hears.</summary>
public sealed class MailUnavailableException(Exception cause) : Exception("The mail could not be sent.", cause);
