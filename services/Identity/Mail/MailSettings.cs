namespace HerstelWerk.Identity.Mail;

/// <summary>
/// The SMTP server Identity sends its mails through (invitations, password resets), from the <c>Mail</c>
/// section. Locally the AppHost points it at smtp4dev; production sets <c>Mail__*</c> for the charity's
/// own mail provider.
/// </summary>
public sealed class MailSettings
{
    public const string SectionName = "Mail";

    public string Host { get; set; } = "localhost";

    public int Port { get; set; } = 25;

    public string FromAddress { get; set; } = "no-reply@herstelwerk.local";

    public string FromName { get; set; } = "HerstelWerk";

    /// <summary>Both or neither: a server that needs a login gets it, one that does not is never sent one.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>
    /// Refuse to send a mail over a connection without TLS (STARTTLS, or TLS from the start on port 465):
    /// the mails carry sign-in links. Null means on, except in Development, where smtp4dev has no TLS.
    /// </summary>
    public bool? RequireTls { get; set; }
}
