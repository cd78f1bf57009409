namespace NewsAlerts.Pages.Editor;

/// <summary>Every word of the editor sign-in and the editor gate's pages (plain text; the components encode it).</summary>
public static class EditorStrings
{
    public const string SignInTitle = "Editor sign-in";
    public const string SignInIntro = "Development sign-in: enter your name (it goes into the audit) and the editor key (the function key of this local host).";
    public const string NameLabel = "Your name";
    public const string KeyLabel = "Editor key";
    public const string KeyHint = "The key that opens POST /api/articles (LocalHost:FunctionKeys:default in local.settings.json).";
    public const string SignInButton = "Sign in";
    public const string NameMissing = "Enter your name";
    public const string KeyWrong = "This key is not the editor key";
    public const string SignInNotHereTitle = "Editors sign in with Microsoft";
    public const string SignInNotHereMessage = "This app has no development sign-in. Sign in with your Microsoft work account; you need the app role Editor.";
    public const string MicrosoftSignIn = "Sign in with Microsoft";
    public const string SignOutButton = "Sign out";
    public const string SignedOutTitle = "Signed out";
    public const string SignedOutMessage = "You are signed out of the editor console.";
    public const string NotAnEditorTitle = "Editors only";
    public const string NotAnEditorMessage = "This page is for editors. Sign in as an editor, or ask an operator to give you the app role Editor.";
    public const string HomeTitle = "Editor console";
    public const string SignedInAs = "Signed in as";
    public const string SignedInWith = "with";
}
