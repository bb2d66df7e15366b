using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace HerstelWerk.Identity.Mail;

/// <summary>
/// Sends a composed mail through the configured SMTP server with MailKit: one connection a mail, which
/// is plenty for invitations and resets. It logs the account the mail is for and never its contents:
/// they hold a one-time link.
/// </summary>
public sealed class MailSender(MailSettings settings, IHostEnvironment environment, ILogger<MailSender> logger)
{
    private const int ImplicitTlsPort = 465;

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(new MailboxAddress(mail.ToName, mail.ToAddress));
        message.Subject = mail.Subject;
        message.Body = new BodyBuilder { TextBody = mail.Text, HtmlBody = mail.Html }.ToMessageBody();

        try
        {
            using var smtp = new SmtpClient();
            await smtp.ConnectAsync(settings.Host, settings.Port, Security(), cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await smtp.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, cancellationToken);
            }

            await smtp.SendAsync(message, cancellationToken);
            await smtp.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Mail for account {AccountId} could not be sent through {Host}:{Port}", mail.AccountId, settings.Host, settings.Port);
            throw new MailUnavailableException(exception);
        }

        logger.LogInformation("Mail for account {AccountId} sent", mail.AccountId);
    }

    private SecureSocketOptions Security() =>
        !(settings.RequireTls ?? !environment.IsDevelopment()) ? SecureSocketOptions.None
        : settings.Port == ImplicitTlsPort ? SecureSocketOptions.SslOnConnect
        : SecureSocketOptions.StartTls;
}
