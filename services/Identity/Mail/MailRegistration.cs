using HerstelWerk.ServiceDefaults.Errors;

namespace HerstelWerk.Identity.Mail;

internal static class MailRegistration
{
    public static void AddMail(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(builder.Configuration.GetSection(MailSettings.SectionName).Get<MailSettings>() ?? new MailSettings());
        builder.Services.AddSingleton<MailSender>();
        builder.Services.AddSingleton<IProblemMapper, MailProblemMapper>();
    }
}
