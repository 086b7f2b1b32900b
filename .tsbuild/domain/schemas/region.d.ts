import { z } from 'zod';
export declare const customFieldTypes: readonly ["string", "number", "boolean", "string_list", "choice"];
export declare const customFieldDefinitionSchema: z.ZodObject<{
    name: z.ZodString;
    label: z.ZodString;
    type: z.ZodEnum<{
        string: "string";
        number: "number";
        boolean: "boolean";
        string_list: "string_list";
        choice: "choice";
    }>;
    options: z.ZodOptional<z.ZodArray<z.ZodString>>;
    required: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strip>;
export type CustomFieldDefinition = z.infer<typeof customFieldDefinitionSchema>;
export declare const regionSettingsSchema: z.ZodObject<{
    losingSightDays: z.ZodDefault<z.ZodNumber>;
    senderName: z.ZodString;
    privacyText: z.ZodString;
    customFields: z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        label: z.ZodString;
        type: z.ZodEnum<{
            string: "string";
            number: "number";
            boolean: "boolean";
            string_list: "string_list";
            choice: "choice";
        }>;
        options: z.ZodOptional<z.ZodArray<z.ZodString>>;
        required: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strip>>;
    allowedOrigins: z.ZodArray<z.ZodURL>;
}, z.core.$strip>;
export type RegionSettings = z.infer<typeof regionSettingsSchema>;
/** `regions/{regionId}`: an onderwijsregio and its regional desk. */
export declare const regionSchema: z.ZodObject<{
    name: z.ZodString;
    municipalities: z.ZodArray<z.ZodString>;
    participating: z.ZodBoolean;
    settings: z.ZodObject<{
        losingSightDays: z.ZodDefault<z.ZodNumber>;
        senderName: z.ZodString;
        privacyText: z.ZodString;
        customFields: z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            label: z.ZodString;
            type: z.ZodEnum<{
                string: "string";
                number: "number";
                boolean: "boolean";
                string_list: "string_list";
                choice: "choice";
            }>;
            options: z.ZodOptional<z.ZodArray<z.ZodString>>;
            required: z.ZodDefault<z.ZodBoolean>;
        }, z.core.$strip>>;
        allowedOrigins: z.ZodArray<z.ZodURL>;
    }, z.core.$strip>;
}, z.core.$strip>;
export type Region = z.infer<typeof regionSchema>;
