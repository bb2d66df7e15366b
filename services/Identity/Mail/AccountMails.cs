using System.Globalization;
using System.Net;
using System.Resources;
using System.Text;
using HerstelWerk.Identity.Accounts;
using HerstelWerk.Identity.Localization;

namespace HerstelWerk.Identity.Mail;

/// <summary>
/// The mails an account gets, composed from the sign-in texts: Dutch first, then the same in English,
/// because we do not know a new person's language. Each has a plain-text and an HTML part with the same
/// words and the same one-time link.
/// </summary>
public static class AccountMails
{
    private static readonly ResourceManager Texts = new(typeof(SignInTexts));
    private static readonly CultureInfo[] Languages = [new("nl"), new("en")];

    /// <summary>The console's primary button, inline: mail programs drop style sheets.</summary>
    private const string ButtonStyle = "display:inline-block;background:#0b5a7a;color:#ffffff;padding:10px 16px;border-radius:4px;text-decoration:none;font-weight:600";

    public static OutgoingMail Invitation(Account account, Uri link, TimeSpan validFor) =>
        Compose(account, link, "MailInvitation", ["MailInvitationIntro", "MailInvitationNext"], "MailInvitationAction",
            ["MailInvitationValidity"], (int)validFor.TotalHours);

    public static OutgoingMail PasswordReset(Account account, Uri link, TimeSpan validFor) =>
        Compose(account, link, "MailReset", ["MailResetIntro"], "MailResetAction", ["MailResetValidity", "MailResetNotYou"], (int)validFor.TotalMinutes);

    private static OutgoingMail Compose(Account account, Uri link, string mail, string[] before, string action, string[] after, int validity)
    {
        var text = new StringBuilder();
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"></head><body style=\"font-family:sans-serif;line-height:1.5\">");
        var address = WebUtility.HtmlEncode(link.AbsoluteUri);
        foreach (var language in Languages)
        {
            string Say(string key, params object[] values) => string.Format(language, Texts.GetString(key, language) ?? key, values);

            if (language != Languages[0])
            {
                text.AppendLine().AppendLine("----------------------------------------").AppendLine(Say("MailOtherLanguage")).AppendLine();
                html.Append("<hr>");
            }

            html.Append(CultureInfo.InvariantCulture, $"<div lang=\"{language.TwoLetterISOLanguageName}\">");
            Paragraph(Say("MailGreeting", account.DisplayName));
            foreach (var key in before)
            {
                Paragraph(Say(key));
            }

            text.AppendLine(link.AbsoluteUri).AppendLine();
            html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{address}\" style=\"{ButtonStyle}\">{WebUtility.HtmlEncode(Say(action))}</a></p>")
                .Append(CultureInfo.InvariantCulture, $"<p style=\"font-size:0.9em;word-break:break-all\">{WebUtility.HtmlEncode(Say("MailLinkHint"))} {address}</p>");
            foreach (var key in after)
            {
                Paragraph(Say(key, validity));
            }

            Paragraph(Say("MailSignature"));
            html.Append("</div>");

            void Paragraph(string words)
            {
                text.AppendLine(words).AppendLine();
                html.Append("<p>").Append(WebUtility.HtmlEncode(words).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
            }
        }

        html.Append("</body></html>");
        var subject = string.Join(" / ", Languages.Select(language => Texts.GetString(mail + "Subject", language)));
        return new OutgoingMail(account.Id, account.Email ?? throw new InvalidOperationException("The account has no e-mail address."),
            account.DisplayName, subject, text.ToString().TrimEnd() + Environment.NewLine, html.ToString());
    }
}
