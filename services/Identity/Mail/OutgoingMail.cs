namespace HerstelWerk.Identity.Mail;

/// <summary>One mail to one person, composed already: the same words as plain text and as HTML.</summary>
/// <param name="AccountId">Who it is for, the one thing about it that is logged.</param>
public sealed record OutgoingMail(Guid AccountId, string ToAddress, string ToName, string Subject, string Text, string Html);
