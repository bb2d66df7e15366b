using HerstelWerk.ServiceDefaults;
using HerstelWerk.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddProcessDefaults();
builder.AddConsoleServices();

var app = builder.Build();
app.UseConsole();
app.Run();

/// <summary>Entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
