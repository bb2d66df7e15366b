namespace HerstelWerk.Aftercare.Model;

public enum ContactChannel
{
    Visit,
    Phone,
    Message,
}
