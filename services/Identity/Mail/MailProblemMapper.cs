using HerstelWerk.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Mvc;

namespace HerstelWerk.Identity.Mail;

/// <summary>A mail server out of reach is a 503 for the API's caller, as a database out of reach is; the cause is in the log.</summary>
internal sealed class MailProblemMapper : IProblemMapper
{
    public ProblemDetails? Describe(Exception exception) => exception is MailUnavailableException
        ? new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "The mail could not be sent.",
            Detail = "The mail server is out of reach; nothing was sent. Send the invitation again in a moment.",
        }
        : null;
}
