using Microsoft.Playwright;

namespace HerstelWerk.Web.Tests;

/// <summary>The two widths the console is built for: a phone and a desktop.</summary>
public static class Viewports
{
    public static readonly ViewportSize Phone = new() { Width = 375, Height = 812 };
    public static readonly ViewportSize Desktop = new() { Width = 1440, Height = 900 };
}
