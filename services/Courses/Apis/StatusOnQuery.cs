using System.ComponentModel.DataAnnotations;

namespace HerstelWerk.Courses.Apis;

/// <param name="On">The date to ask about (yyyy-MM-dd).</param>
public sealed record StatusOnQuery([property: Required] DateOnly? On);
