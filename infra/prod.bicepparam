// Production: the real senders and room to scale. deploy.sh supplies the values read from the environment.
using 'main.bicep'

param environmentName = 'prod'
param location = 'westeurope'
param deployApps = bool(readEnvironmentVariable('NEWSALERTS_DEPLOY_APPS', 'true'))
param dispatcherImage = readEnvironmentVariable('NEWSALERTS_DISPATCHER_IMAGE', '')
param deployerPrincipalId = readEnvironmentVariable('NEWSALERTS_DEPLOYER_PRINCIPAL_ID', '')
// The editors' app registration (deploy.sh creates or reuses it and sets these); empty: the editor console is off.
param editorTenantId = readEnvironmentVariable('NEWSALERTS_EDITOR_TENANT_ID', '')
param editorClientId = readEnvironmentVariable('NEWSALERTS_EDITOR_CLIENT_ID', '')
param twilioAccountSid = readEnvironmentVariable('NEWSALERTS_TWILIO_ACCOUNT_SID', '')
// A short code sends through a Messaging Service: replace with the production MG... SID before the first deployment
// (or set smsFromNumber to a long code and this to '').
param smsFromNumber = ''
param smsMessagingServiceSid = readEnvironmentVariable('NEWSALERTS_TWILIO_MESSAGING_SERVICE_SID', 'MG00000000000000000000000000000000')
param smsMessagesPerSecond = 10
param smsAllowedCountries = 'GB,US,SG'
param emailSender = 'alerts@newsalerts.example'
param emailSenderName = 'NewsAlerts'
param supportContact = 'support@newsalerts.example'
param emailMessagesPerSecond = 100
param smtpHost = 'smtp.sendgrid.net'
param smtpPort = 587
param smtpSecurity = 'StartTls'
param smtpUserName = 'apikey'
param dispatcherMaxReplicas = 10
param functionMaxInstances = 100
param logRetentionInDays = 90
