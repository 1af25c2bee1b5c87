// Stödlotsen – Azure resources for one environment (teamsapp.yml › provision › arm/deploy):
// a Linux App Service (Node 20) running `node --heap-growing-percent=100 dist/src/main.js` on TWO instances, an Azure
// Database for PostgreSQL Flexible Server they share (DATABASE_URL), and a single-tenant Azure
// Bot with the Microsoft Teams channel. Written for the Bicep CLI pinned in teamsapp.yml
// (v0.9.1): multi-line objects only, no newer syntax.
//
// Scale-out (README › Scale-out): every instance polls the one outbox with row leases and runs
// the daily reminder pass; idempotency keys, leases and optimistic concurrency keep that safe.

@maxLength(20)
@minLength(4)
@description('Used to generate names for all resources in this file')
param resourceBaseName string

@description('Client (application) id of the single-tenant Microsoft Entra app that is the bot identity')
param botAadAppClientId string

@secure()
@description('Client secret of that app (MicrosoftAppPassword)')
param botAadAppClientSecret string

@description('Tenant id of that app (MicrosoftAppTenantId)')
param botAadAppTenantId string

@description('App Service plan SKU; must allow several instances (P0v3, S1 or larger).')
param webAppSKU string = 'P0v3'

@minValue(1)
@maxValue(10)
@description('App Service instances. Two for availability; all share the PostgreSQL database.')
param webAppInstances int = 2

@description('PostgreSQL Flexible Server compute: Standard_B1ms (Burstable) for the pilot, e.g. Standard_D2ds_v5 (GeneralPurpose) later.')
param postgresSkuName string = 'Standard_B1ms'

@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresSkuTier string = 'Burstable'

@minValue(32)
param postgresStorageSizeGB int = 32

@description('PostgreSQL administrator login (not a reserved name such as postgres or azure_superuser)')
param postgresAdminLogin string = 'stodlotsen'

// A fresh random password on every provision unless one is passed: it only ever lives in this
// deployment and in the DATABASE_URL app setting below, which the same deployment rewrites.
// A GUID has lower case, digits and '-': three of the four character classes Azure requires.
@secure()
@description('PostgreSQL administrator password (default: newly generated on each provision)')
param postgresAdminPassword string = newGuid()

param postgresServerName string = '${resourceBaseName}-pg'

// All instances must sign and check download links with the same key (a link made on one
// instance is opened on whichever the load balancer picks). New on each provision unless
// passed; outstanding links then stop working, which only means asking for a new one.
@secure()
@description('HMAC key for the export download links, shared by all instances (at least 32 characters)')
param exportLinkSecret string = '${newGuid()}${newGuid()}'

@maxLength(42)
param botDisplayName string

param serverfarmsName string = resourceBaseName
param webAppName string = resourceBaseName
param location string = resourceGroup().location

// Compute for the Web App. `reserved: true` makes the plan Linux.
resource serverfarm 'Microsoft.Web/serverfarms@2022-09-01' = {
  kind: 'linux'
  location: location
  name: serverfarmsName
  sku: {
    name: webAppSKU
    capacity: webAppInstances
  }
  properties: {
    reserved: true
  }
}

// The shared store. Public endpoint reachable only from Azure (the firewall rule below), TLS
// required; the app verifies the server certificate and host name (sslmode=verify-full).
resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2022-12-01' = {
  name: postgresServerName
  location: location
  sku: {
    name: postgresSkuName
    tier: postgresSkuTier
  }
  properties: {
    version: '15'
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: {
      storageSizeGB: postgresStorageSizeGB
    }
    backup: {
      backupRetentionDays: 14
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
  }
}

// The server accepts one change at a time: the child resources below go one after another.
resource postgresRequireTls 'Microsoft.DBforPostgreSQL/flexibleServers/configurations@2022-12-01' = {
  parent: postgres
  name: 'require_secure_transport'
  properties: {
    value: 'on'
    source: 'user-override'
  }
}

resource postgresMinTls 'Microsoft.DBforPostgreSQL/flexibleServers/configurations@2022-12-01' = {
  parent: postgres
  name: 'ssl_min_protocol_version'
  properties: {
    value: 'TLSv1.2'
    source: 'user-override'
  }
  dependsOn: [
    postgresRequireTls
  ]
}

// 0.0.0.0–0.0.0.0 is Azure's "allow Azure services" rule: no address on the internet gets in.
resource postgresAllowAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2022-12-01' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
  dependsOn: [
    postgresMinTls
  ]
}

resource postgresDatabase 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2022-12-01' = {
  parent: postgres
  name: 'stodlotsen'
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
  dependsOn: [
    postgresAllowAzure
  ]
}

// The bot. The package is deployed already built (teamsapp.yml › deploy), so no build on the server.
resource webApp 'Microsoft.Web/sites@2022-09-01' = {
  kind: 'app,linux'
  location: location
  name: webAppName
  properties: {
    serverFarmId: serverfarm.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'node --heap-growing-percent=100 dist/src/main.js' // see README, Performance: V8 grows the heap to twice the live data, not up to four times
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
      appSettings: [
        {
          name: 'WEBSITE_RUN_FROM_PACKAGE'
          value: '1' // mount the deployed zip read-only, as the toolkit templates do
        }
        {
          name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
          value: 'false'
        }
        {
          name: 'WEBSITES_ENABLE_APP_SERVICE_STORAGE'
          value: 'true' // persistent /home
        }
        {
          name: 'STODLOTSEN_MODE'
          value: 'production'
        }
        {
          name: 'MicrosoftAppType'
          value: 'SingleTenant'
        }
        {
          name: 'MicrosoftAppId'
          value: botAadAppClientId
        }
        {
          name: 'MicrosoftAppTenantId'
          value: botAadAppTenantId
        }
        {
          name: 'MicrosoftAppPassword'
          value: botAadAppClientSecret
        }
        {
          // The shared store of all instances. The app migrates it at start-up (concurrent
          // starts are serialized by the migration lock).
          name: 'DATABASE_URL'
          value: 'postgresql://${postgresAdminLogin}:${uriComponent(postgresAdminPassword)}@${postgres.properties.fullyQualifiedDomainName}:5432/${postgresDatabase.name}?sslmode=verify-full'
        }
        {
          name: 'EXPORT_LINK_SECRET'
          value: exportLinkSecret
        }
        {
          // The site's own default host name (the web app cannot refer to itself here).
          name: 'PUBLIC_BASE_URL'
          value: 'https://${webAppName}.azurewebsites.net'
        }
        {
          // Ignored while DATABASE_URL is set (it always is here); never let two instances share it.
          name: 'SQLITE_PATH'
          value: '/home/data/stodlotsen.db'
        }
        {
          name: 'LOG_LEVEL'
          value: 'info'
        }
      ]
    }
  }
}

// Register the web service as a bot with the Bot Framework.
module azureBotRegistration './botRegistration/azurebot.bicep' = {
  name: 'Azure-Bot-registration'
  params: {
    resourceBaseName: resourceBaseName
    botAadAppClientId: botAadAppClientId
    botAadAppTenantId: botAadAppTenantId
    botAppDomain: webApp.properties.defaultHostName
    botDisplayName: botDisplayName
  }
}

// Outputs are written to env/.env.<env> (https://aka.ms/teamsfx-actions/arm-deploy).
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
