// Development: smallest limits, test senders. deploy.sh supplies the values read from the environment.
using 'main.bicep'

param environmentName = 'dev'
param location = 'westeurope'
param deployApps = bool(readEnvironmentVariable('NEWSALERTS_DEPLOY_APPS', 'true'))
param dispatcherImage = readEnvironmentVariable('NEWSALERTS_DISPATCHER_IMAGE', '')
param deployerPrincipalId = readEnvironmentVariable('NEWSALERTS_DEPLOYER_PRINCIPAL_ID', '')
// The editors' app registration (deploy.sh creates or reuses it and sets these); empty: the editor console is off.
param editorTenantId = readEnvironmentVariable('NEWSALERTS_EDITOR_TENANT_ID', '')
param editorClientId = readEnvironmentVariable('NEWSALERTS_EDITOR_CLIENT_ID', '')
param twilioAccountSid = readEnvironmentVariable('NEWSALERTS_TWILIO_ACCOUNT_SID', 'ACdevelopment')
param smsFromNumber = '+15005550006'
param smsMessagingServiceSid = ''
param smsMessagesPerSecond = 1
param smsAllowedCountries = 'GB,US,SG'
param emailSender = 'alerts-dev@newsalerts.example'
param emailSenderName = 'NewsAlerts (dev)'
param supportContact = 'support-dev@newsalerts.example'
param emailMessagesPerSecond = 10
param smtpHost = 'smtp.sendgrid.net'
param smtpPort = 587
param smtpSecurity = 'StartTls'
param smtpUserName = 'apikey'
param dispatcherMaxReplicas = 2
param functionMaxInstances = 40
param logRetentionInDays = 30
