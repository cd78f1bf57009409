// Parameters for the Azure Developer CLI (azd provision / azd up), which sets AZURE_ENV_NAME and AZURE_LOCATION.
// infra/deploy.sh uses dev.bicepparam or prod.bicepparam instead.
using 'main.bicep'

param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'dev')
param location = readEnvironmentVariable('AZURE_LOCATION', 'westeurope')
param deployApps = true
// azd builds and pushes the image after provisioning; until then the app runs Container Apps' quick-start image.
param dispatcherImage = readEnvironmentVariable('SERVICE_DISPATCHER_IMAGE_NAME', 'mcr.microsoft.com/k8se/quickstart:latest')
param deployerPrincipalId = readEnvironmentVariable('AZURE_PRINCIPAL_ID', '')
// The editors' app registration (azd env set NEWSALERTS_EDITOR_TENANT_ID / NEWSALERTS_EDITOR_CLIENT_ID; the README:
// Editors sign in); empty: the editor console is off.
param editorTenantId = readEnvironmentVariable('NEWSALERTS_EDITOR_TENANT_ID', '')
param editorClientId = readEnvironmentVariable('NEWSALERTS_EDITOR_CLIENT_ID', '')
param twilioAccountSid = readEnvironmentVariable('NEWSALERTS_TWILIO_ACCOUNT_SID', 'ACdevelopment')
param smsFromNumber = readEnvironmentVariable('NEWSALERTS_SMS_FROM_NUMBER', '+15005550006')
param smsMessagingServiceSid = readEnvironmentVariable('NEWSALERTS_TWILIO_MESSAGING_SERVICE_SID', '')
param smsMessagesPerSecond = 1
param smsAllowedCountries = 'GB,US,SG'
param emailSender = readEnvironmentVariable('NEWSALERTS_EMAIL_SENDER', 'alerts-dev@newsalerts.example')
param supportContact = readEnvironmentVariable('NEWSALERTS_SUPPORT_CONTACT', 'support-dev@newsalerts.example')
param emailMessagesPerSecond = 10
param smtpHost = 'smtp.sendgrid.net'
param smtpPort = 587
param smtpUserName = 'apikey'
param dispatcherMaxReplicas = 2
